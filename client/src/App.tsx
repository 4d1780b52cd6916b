import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { NotFoundPage } from "./routes/NotFoundPage";

// Each page loads its own code: a participant opening an invite does not download the board,
// and the board does not wait for the landing page.
const LandingPage = lazy(() => import("./routes/LandingPage").then((m) => ({ default: m.LandingPage })));
const JoinPage = lazy(() => import("./routes/JoinPage").then((m) => ({ default: m.JoinPage })));
const WorkshopPage = lazy(() => import("./routes/WorkshopPage").then((m) => ({ default: m.WorkshopPage })));

export function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
        <Routes>
          <Route path="/" element={<LandingPage />} />
          <Route path="/join/:workshopId" element={<JoinPage />} />
          <Route path="/w/:workshopId" element={<WorkshopPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
