import type { WorkshopTemplate } from "./types";

/**
 * The quadruple helix: who in industry, academia, the public sector and civil society works on
 * the theme, and who is missing from the room.
 */
export const actors: WorkshopTemplate = {
  id: "actors",
  text: {
    en: {
      name: "Actor map",
      summary: "Map who works on the theme across the quadruple helix, who is missing, and who should work together.",
    },
    nb: {
      name: "Aktørkart",
      summary:
        "Kartlegg hvem som jobber med temaet i næringsliv, FoU, offentlig sektor og sivilsamfunn, hvem som mangler, og hvem som bør samarbeide.",
    },
    sv: {
      name: "Aktörskarta",
      summary:
        "Kartlägg vilka som arbetar med temat inom näringsliv, akademi, offentlig sektor och civilsamhälle, vilka som saknas och vilka som borde samverka.",
    },
  },
  zones: [
    {
      x: 0,
      y: 0,
      w: 560,
      h: 400,
      color: "blue",
      kinds: ["strength"],
      text: {
        en: {
          title: "Industry",
          instructions: "Firms, clusters and business networks. One actor per card, with what it brings.",
        },
        nb: {
          title: "Næringsliv",
          instructions: "Bedrifter, klynger og næringsnettverk. Én aktør per kort, med det den kan bidra med.",
        },
        sv: {
          title: "Näringsliv",
          instructions: "Företag, kluster och företagsnätverk. En aktör per kort, med det den kan bidra med.",
        },
      },
    },
    {
      x: 600,
      y: 0,
      w: 560,
      h: 400,
      color: "purple",
      kinds: ["strength"],
      text: {
        en: {
          title: "Academia",
          instructions: "Universities, university colleges, research institutes and schools. One actor per card.",
        },
        nb: {
          title: "FoU og utdanning",
          instructions: "Universiteter, høgskoler, forskningsinstitutter og skoler. Én aktør per kort.",
        },
        sv: {
          title: "Akademi",
          instructions: "Universitet, högskolor, forskningsinstitut och skolor. En aktör per kort.",
        },
      },
    },
    {
      x: 0,
      y: 440,
      w: 560,
      h: 400,
      color: "green",
      kinds: ["strength"],
      text: {
        en: {
          title: "Public sector",
          instructions: "The county, municipalities and state agencies, and the funding and services they run.",
        },
        nb: {
          title: "Offentlig sektor",
          instructions: "Fylkeskommunen, kommunene og statlige etater, og virkemidlene og tjenestene de har.",
        },
        sv: {
          title: "Offentlig sektor",
          instructions: "Regionen, kommunerna och statliga myndigheter, och de stöd och tjänster de har.",
        },
      },
    },
    {
      x: 600,
      y: 440,
      w: 560,
      h: 400,
      color: "orange",
      kinds: ["strength"],
      text: {
        en: {
          title: "Civil society",
          instructions: "Associations, trade unions, voluntary groups and residents' initiatives. One actor per card.",
        },
        nb: {
          title: "Sivilsamfunn",
          instructions: "Foreninger, fagforeninger, frivillige lag og innbyggerinitiativ. Én aktør per kort.",
        },
        sv: {
          title: "Civilsamhälle",
          instructions: "Föreningar, fackförbund, ideella organisationer och medborgarinitiativ. En aktör per kort.",
        },
      },
    },
    {
      x: 1200,
      y: 0,
      w: 400,
      h: 840,
      color: "grey",
      kinds: ["question"],
      text: {
        en: {
          title: "Who is missing?",
          instructions:
            "Actors who should be part of this but are not in the room today: investors, outside voices, others.",
        },
        nb: {
          title: "Hvem mangler?",
          instructions: "Aktører som burde vært med, men som ikke er her i dag: investorer, eksterne stemmer og andre.",
        },
        sv: {
          title: "Vilka saknas?",
          instructions: "Aktörer som borde vara med men som inte är här i dag: finansiärer, externa röster och andra.",
        },
      },
    },
  ],
  phases: [
    {
      minutes: 5,
      text: {
        en: { name: "Introduction", instructions: "Hear the theme and why it needs all four parts of the helix." },
        nb: {
          name: "Innledning",
          instructions: "Hør hva temaet er, og hvorfor det trenger alle de fire aktørgruppene.",
        },
        sv: {
          name: "Inledning",
          instructions: "Lyssna på vad temat är och varför det behöver alla fyra aktörsgrupperna.",
        },
      },
    },
    {
      minutes: 15,
      text: {
        en: {
          name: "Map the actors",
          instructions: "Name the actors you know in each zone, one per card, and what each of them brings.",
        },
        nb: {
          name: "Kartlegg aktørene",
          instructions: "Skriv aktørene du kjenner i hver sone, én per kort, og hva hver av dem kan bidra med.",
        },
        sv: {
          name: "Kartlägg aktörerna",
          instructions: "Skriv de aktörer du känner till i varje zon, en per kort, och vad var och en kan bidra med.",
        },
      },
    },
    {
      minutes: 10,
      text: {
        en: { name: "Who is missing?", instructions: "Add the actors who should be here but are not." },
        nb: { name: "Hvem mangler?", instructions: "Legg til aktørene som burde vært her, men som ikke er det." },
        sv: { name: "Vilka saknas?", instructions: "Lägg till de aktörer som borde vara här men inte är det." },
      },
    },
    {
      minutes: 15,
      text: {
        en: {
          name: "Who should work together",
          instructions:
            "Draw links between actors who could do more together, and write on the link what they could do.",
        },
        nb: {
          name: "Hvem bør samarbeide",
          instructions:
            "Trekk koblinger mellom aktører som kan få til mer sammen, og skriv på koblingen hva de kan gjøre.",
        },
        sv: {
          name: "Vilka borde samverka",
          instructions:
            "Dra kopplingar mellan aktörer som kan åstadkomma mer tillsammans, och skriv på kopplingen vad de kan göra.",
        },
      },
    },
    {
      minutes: 10,
      text: {
        en: { name: "Next steps", instructions: "Agree who invites whom to the next meeting." },
        nb: { name: "Veien videre", instructions: "Bli enige om hvem som inviterer hvem til neste møte." },
        sv: { name: "Nästa steg", instructions: "Kom överens om vem som bjuder in vem till nästa möte." },
      },
    },
  ],
};
