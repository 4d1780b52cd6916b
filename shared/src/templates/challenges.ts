import type { TemplateZone, WorkshopTemplate } from "./types";

type ZoneText = TemplateZone["text"];

/** Three zones a row, 560 × 440 each, 40 apart. */
const cell = (i: number) => ({ x: (i % 3) * 600, y: Math.floor(i / 3) * 480, w: 560, h: 440 });

const challenge = (i: number, text: ZoneText): TemplateZone => ({
  ...cell(i),
  color: "pink",
  kinds: ["challenge", "idea"],
  text,
});

/**
 * One zone per challenge, after the five that Region Kronoberg's input to its regional growth
 * strategy names (seeds/003): structural change, protecting existing industry, globalisation,
 * urbanisation, and how firms see the public sector. A sixth zone holds ideas that meet several.
 */
export const challenges: WorkshopTemplate = {
  id: "challenges",
  text: {
    en: {
      name: "Regional challenges",
      summary: "A zone for each of the region's challenges, after Kronoberg's five: describe them, then meet them.",
    },
    nb: {
      name: "Regionale utfordringer",
      summary: "Én sone per utfordring, etter Kronobergs fem: beskriv utfordringene, og finn tiltak som møter dem.",
    },
    sv: {
      name: "Regionala utmaningar",
      summary: "En zon per utmaning, efter Kronobergs fem: beskriv utmaningarna och hitta insatser som möter dem.",
    },
  },
  zones: [
    challenge(0, {
      en: {
        title: "Structural change",
        instructions:
          "A narrow, manufacturing-heavy economy is vulnerable. What would broaden it: start-ups, new establishments, more services in the firms we have?",
      },
      nb: {
        title: "Omstilling",
        instructions:
          "Et smalt, industritungt næringsliv er sårbart. Hva kan gjøre det bredere: nyetableringer, flere bedrifter som flytter hit, mer tjenesteinnhold i bedriftene vi har?",
      },
      sv: {
        title: "Strukturomvandling",
        instructions:
          "Ett smalt, industritungt näringsliv är sårbart. Vad kan bredda det: nyföretagande, fler etableringar, mer tjänsteinnehåll i de företag vi redan har?",
      },
    }),
    challenge(1, {
      en: {
        title: "Protecting existing industry",
        instructions:
          "How do we give the firms already here reasons to invest, grow, hire and hand over to the next generation, and secure the skills they need?",
      },
      nb: {
        title: "Ta vare på det vi har",
        instructions:
          "Hvordan gir vi bedriftene som allerede er her, grunn til å investere, vokse, ansette og gjennomføre generasjonsskifte, og hvordan sikrer vi kompetansen de trenger?",
      },
      sv: {
        title: "Värna det befintliga",
        instructions:
          "Hur ger vi företagen som redan finns här skäl att investera, växa, nyanställa och generationsväxla, och hur tryggar vi kompetensförsörjningen?",
      },
    }),
    challenge(2, {
      en: {
        title: "Globalisation",
        instructions:
          "The local market is often too small. What do firms need to reach international markets, and how does the region make itself seen abroad?",
      },
      nb: {
        title: "Globalisering",
        instructions:
          "Det lokale markedet er ofte for lite. Hva trenger bedriftene for å nå ut internasjonalt, og hvordan gjør regionen seg synlig utenfor landets grenser?",
      },
      sv: {
        title: "Globalisering",
        instructions:
          "Den lokala marknaden är ofta för liten. Vad behöver företagen för att nå ut på internationella marknader, och hur syns regionen utåt?",
      },
    }),
    challenge(3, {
      en: {
        title: "Urbanisation",
        instructions:
          "Cities grow at the expense of their surroundings. How do we balance centre and periphery, and attract skills to the whole region?",
      },
      nb: {
        title: "Sentralisering",
        instructions:
          "Byene vokser på bekostning av omlandet. Hvordan finner vi balansen mellom sentrum og distrikt, og hvordan trekker vi kompetanse til hele regionen?",
      },
      sv: {
        title: "Urbanisering",
        instructions:
          "Städerna växer på omlandets bekostnad. Hur hittar vi balansen mellan centrum och periferi, och hur lockar vi kompetens till hela regionen?",
      },
    }),
    challenge(4, {
      en: {
        title: "How firms see the public sector",
        instructions:
          "Service, permits, dialogue and attitudes: what must municipalities and agencies do to meet the needs of businesses?",
      },
      nb: {
        title: "Næringslivets syn på det offentlige",
        instructions:
          "Service, saksbehandling, dialog og holdninger: hva må kommunene og etatene gjøre for å møte behovene til næringslivet?",
      },
      sv: {
        title: "Företagens syn på det offentliga",
        instructions:
          "Service, tillstånd, dialog och attityder: vad behöver kommunerna och myndigheterna göra för att möta företagens behov?",
      },
    }),
    {
      ...cell(5),
      color: "yellow",
      kinds: ["idea"],
      text: {
        en: {
          title: "Ideas across the challenges",
          instructions: "Ideas that meet more than one challenge. Link each to the challenges it answers.",
        },
        nb: {
          title: "Ideer på tvers",
          instructions: "Ideer som møter mer enn én av utfordringene. Koble hver idé til utfordringene den svarer på.",
        },
        sv: {
          title: "Idéer över gränserna",
          instructions: "Idéer som möter mer än en av utmaningarna. Koppla varje idé till de utmaningar den svarar på.",
        },
      },
    },
  ],
  phases: [
    {
      minutes: 10,
      actions: { lock: true },
      text: {
        en: {
          name: "The challenges",
          instructions:
            "Listen to a short introduction to each challenge. Note a question on a card in the zone it concerns.",
        },
        nb: {
          name: "Utfordringene",
          instructions: "Hør en kort innledning til hver utfordring. Skriv spørsmål på et kort i sonen det gjelder.",
        },
        sv: {
          name: "Utmaningarna",
          instructions:
            "Lyssna på en kort inledning till varje utmaning. Skriv frågor på ett kort i den zon de gäller.",
        },
      },
    },
    {
      minutes: 15,
      actions: { groups: true },
      text: {
        en: {
          name: "What we see",
          instructions:
            "Each group takes one challenge. Add to it what you see in your own organisation: examples, causes and consequences, one per card. The rapporteur writes the group's summary.",
        },
        nb: {
          name: "Det vi ser",
          instructions:
            "Hver gruppe tar én utfordring. Fyll på med det du ser i din egen virksomhet: eksempler, årsaker og konsekvenser, ett innspill per kort. Referenten skriver gruppas oppsummering.",
        },
        sv: {
          name: "Det vi ser",
          instructions:
            "Varje grupp tar en utmaning. Fyll på med det du ser i din egen verksamhet: exempel, orsaker och konsekvenser, en sak per kort. Rapportören skriver gruppens sammanfattning.",
        },
      },
    },
    {
      minutes: 20,
      text: {
        en: {
          name: "Ideas",
          instructions:
            "Write each idea in the zone of the challenge it meets. Put ideas that meet several in the last zone and link them to those challenges.",
        },
        nb: {
          name: "Ideer",
          instructions:
            "Skriv hver idé i sonen til utfordringen den møter. Ideer som møter flere utfordringer, legger du i den siste sonen og kobler til dem.",
        },
        sv: {
          name: "Idéer",
          instructions:
            "Skriv varje idé i zonen för den utmaning den möter. Idéer som möter flera utmaningar lägger du i den sista zonen och kopplar till dem.",
        },
      },
    },
    {
      minutes: 10,
      actions: { vote: { targets: { kinds: ["idea"] }, votesPerPerson: 3 } },
      text: {
        en: { name: "Vote", instructions: "Vote for the ideas the region should work on first." },
        nb: { name: "Stemmerunde", instructions: "Stem på ideene regionen bør jobbe med først." },
        sv: { name: "Röstning", instructions: "Rösta på de idéer som regionen bör arbeta med först." },
      },
    },
    {
      minutes: 25,
      text: {
        en: {
          name: "Action planning",
          instructions: "Turn the top ideas into draft action items: goal, partners, funding and who is responsible.",
        },
        nb: {
          name: "Handlingsplan",
          instructions:
            "Gjør de beste ideene om til utkast til tiltak: mål, samarbeidspartnere, virkemidler og ansvarlig.",
        },
        sv: {
          name: "Handlingsplan",
          instructions:
            "Gör om de främsta idéerna till utkast till åtgärder: mål, samverkanspartner, finansiering och ansvarig.",
        },
      },
    },
  ],
};
