import { LanguageSwitcher } from "./LanguageSwitcher";
import { Logo } from "./Logo";

/** The top of the pages outside a workshop: the logo home and the language choice. */
export function PageHeader({ className = "centered-top" }: { className?: string }) {
  return (
    <header className={className}>
      <Logo />
      <LanguageSwitcher />
    </header>
  );
}
