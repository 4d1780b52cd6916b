import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { JoinPage } from "./routes/JoinPage";
import { NotFoundPage } from "./routes/NotFoundPage";
import { loadWorkshopPage } from "./routes/pageChunks";

// The board, the landing page and the projector load their own code: a participant opening an
// invite does not wait for the board before the join form shows, and the board does not wait for
// the landing page. The join form itself is a few kilobytes and comes with the app, so a phone on
// a slow network gets it without one more round trip.
const LandingPage = lazy(() => import("./routes/LandingPage").then((m) => ({ default: m.LandingPage })));
const WorkshopPage = lazy(() => loadWorkshopPage().then((m) => ({ default: m.WorkshopPage })));
const ProjectorPage = lazy(() => import("./projector/ProjectorPage").then((m) => ({ default: m.ProjectorPage })));

export function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
        <Routes>
          <Route path="/" element={<LandingPage />} />
          <Route path="/join/:workshopId" element={<JoinPage />} />
          <Route path="/w/:workshopId" element={<WorkshopPage />} />
          <Route path="/w/:workshopId/screen" element={<ProjectorPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
