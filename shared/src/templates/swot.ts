import type { WorkshopTemplate } from "./types";

/** Strengths and weaknesses (inside the region) above opportunities and threats (around it). */
export const swot: WorkshopTemplate = {
  id: "swot",
  text: {
    en: {
      name: "SWOT",
      summary: "Strengths and weaknesses inside the region, opportunities and threats around it.",
    },
    nb: {
      name: "SWOT",
      summary: "Styrker og svakheter i regionen, muligheter og trusler rundt den.",
    },
    sv: {
      name: "SWOT",
      summary: "Styrkor och svagheter i regionen, möjligheter och hot i omvärlden.",
    },
  },
  zones: [
    {
      x: 0,
      y: 0,
      w: 560,
      h: 440,
      color: "green",
      kinds: ["strength"],
      text: {
        en: {
          title: "Strengths",
          instructions: "What the region does well and can build on: resources, competences, firms.",
        },
        nb: {
          title: "Styrker",
          instructions: "Det regionen er god på og kan bygge videre på: ressurser, kompetanse, bedrifter.",
        },
        sv: {
          title: "Styrkor",
          instructions: "Det regionen är bra på och kan bygga vidare på: resurser, kompetenser, företag.",
        },
      },
    },
    {
      x: 600,
      y: 0,
      w: 560,
      h: 440,
      color: "pink",
      kinds: ["challenge"],
      text: {
        en: { title: "Weaknesses", instructions: "What holds the region back today, and what it lacks." },
        nb: { title: "Svakheter", instructions: "Det som holder regionen tilbake i dag, og det den mangler." },
        sv: { title: "Svagheter", instructions: "Det som håller tillbaka regionen i dag, och det som saknas." },
      },
    },
    {
      x: 0,
      y: 480,
      w: 560,
      h: 440,
      color: "blue",
      kinds: ["opportunity"],
      text: {
        en: { title: "Opportunities", instructions: "Markets, trends and changes around us the region could use." },
        nb: {
          title: "Muligheter",
          instructions: "Markeder, trender og endringer rundt oss som regionen kan dra nytte av.",
        },
        sv: {
          title: "Möjligheter",
          instructions: "Marknader, trender och förändringar i omvärlden som regionen kan dra nytta av.",
        },
      },
    },
    {
      x: 600,
      y: 480,
      w: 560,
      h: 440,
      color: "orange",
      kinds: ["challenge"],
      text: {
        en: { title: "Threats", instructions: "Changes around us that could hurt the region if nothing is done." },
        nb: { title: "Trusler", instructions: "Endringer rundt oss som kan ramme regionen hvis ingenting blir gjort." },
        sv: { title: "Hot", instructions: "Förändringar i omvärlden som kan drabba regionen om ingenting görs." },
      },
    },
  ],
  phases: [
    {
      minutes: 5,
      text: {
        en: { name: "Introduction", instructions: "Hear what the analysis is for and how the four fields are used." },
        nb: {
          name: "Innledning",
          instructions: "Hør hva analysen skal brukes til, og hvordan de fire feltene fungerer.",
        },
        sv: {
          name: "Inledning",
          instructions: "Lyssna på vad analysen ska användas till och hur de fyra fälten fungerar.",
        },
      },
    },
    {
      minutes: 15,
      text: {
        en: {
          name: "Strengths and weaknesses",
          instructions: "Write what is strong and what is weak inside the region, one point per card.",
        },
        nb: {
          name: "Styrker og svakheter",
          instructions: "Skriv hva som er sterkt og hva som er svakt i regionen, ett innspill per kort.",
        },
        sv: {
          name: "Styrkor och svagheter",
          instructions: "Skriv vad som är starkt och vad som är svagt i regionen, en sak per kort.",
        },
      },
    },
    {
      minutes: 15,
      text: {
        en: {
          name: "Opportunities and threats",
          instructions: "Write what is happening around the region that could help or hurt it, one point per card.",
        },
        nb: {
          name: "Muligheter og trusler",
          instructions: "Skriv hva som skjer rundt regionen som kan hjelpe eller ramme den, ett innspill per kort.",
        },
        sv: {
          name: "Möjligheter och hot",
          instructions: "Skriv vad som händer i omvärlden som kan hjälpa eller skada regionen, en sak per kort.",
        },
      },
    },
    {
      minutes: 15,
      text: {
        en: {
          name: "Patterns",
          instructions: "Group cards that say the same thing, and link strengths to the opportunities they could meet.",
        },
        nb: {
          name: "Mønstre",
          instructions: "Samle kort som sier det samme, og koble styrker til mulighetene de kan møte.",
        },
        sv: {
          name: "Mönster",
          instructions: "Samla kort som säger samma sak, och koppla styrkor till de möjligheter de kan möta.",
        },
      },
    },
    {
      minutes: 10,
      actions: { vote: { targets: { kinds: ["strength", "opportunity", "challenge"] }, votesPerPerson: 5 } },
      text: {
        en: { name: "Vote", instructions: "Vote for the points that matter most for the region's strategy." },
        nb: { name: "Stemmerunde", instructions: "Stem på punktene som betyr mest for regionens strategi." },
        sv: { name: "Röstning", instructions: "Rösta på de punkter som betyder mest för regionens strategi." },
      },
    },
    {
      minutes: 15,
      text: {
        en: { name: "Next steps", instructions: "Agree what to do about the top points, and who follows each one up." },
        nb: {
          name: "Veien videre",
          instructions: "Bli enige om hva vi gjør med de viktigste punktene, og hvem som følger opp.",
        },
        sv: {
          name: "Nästa steg",
          instructions: "Kom överens om vad vi gör med de viktigaste punkterna, och vem som följer upp.",
        },
      },
    },
  ],
};
