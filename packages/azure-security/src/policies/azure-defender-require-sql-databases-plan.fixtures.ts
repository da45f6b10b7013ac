import { planFixtures } from "../lib/defender.fixtures-kit";

export default planFixtures("SqlServers");
