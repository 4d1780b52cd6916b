import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
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
    <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
      <Switch>
        <Route path="/" component={LandingPage} />
        <Route path="/join/:workshopId" component={JoinPage} />
        <Route path="/w/:workshopId" component={WorkshopPage} />
        <Route path="/w/:workshopId/screen" component={ProjectorPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
