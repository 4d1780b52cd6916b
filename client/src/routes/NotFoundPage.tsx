import { FatalScreen } from "../components/FatalScreen";

export function NotFoundPage() {
  return <FatalScreen reason="unknownWorkshop" />;
}
