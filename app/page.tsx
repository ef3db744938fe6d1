import { StartPage } from "@/components/wizard/start-page";

export default function HomePage() {
  return <StartPage />;
}
