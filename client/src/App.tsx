import { BrowserRouter, Route, Routes } from "react-router-dom";
import { JoinPage } from "./routes/JoinPage";
import { LandingPage } from "./routes/LandingPage";
import { NotFoundPage } from "./routes/NotFoundPage";
import { WorkshopPage } from "./routes/WorkshopPage";

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<LandingPage />} />
        <Route path="/join/:workshopId" element={<JoinPage />} />
        <Route path="/w/:workshopId" element={<WorkshopPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </BrowserRouter>
  );
}
