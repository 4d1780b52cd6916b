import type { WorkshopTemplate } from "./types";

/**
 * The entrepreneurial discovery process as the ministry's guide describes it: strengths on one
 * side, market opportunities on the other, links between them in the middle, and ideas below.
 */
export const discovery: WorkshopTemplate = {
  id: "discovery",
  text: {
    en: {
      name: "Smart specialisation discovery",
      summary: "Link the region's strengths to market opportunities, grow ideas, vote, score and plan.",
    },
    nb: {
      name: "Smart spesialisering",
      summary: "Koble regionens styrker til markedsmuligheter, utvikle ideer, stem, vurder og lag tiltak.",
    },
    sv: {
      name: "Smart specialisering",
      summary: "Koppla regionens styrkor till marknadsmöjligheter, ta fram idéer, rösta, bedöm och planera.",
    },
  },
  zones: [
    {
      x: 0,
      y: 0,
      w: 640,
      h: 720,
      color: "green",
      kinds: ["strength"],
      text: {
        en: {
          title: "Strengths",
          instructions:
            "Resources, competences and industries the region is good at. One strength per card, and be concrete: name the firm, the research group or the resource.",
        },
        nb: {
          title: "Styrker",
          instructions:
            "Ressurser, kompetanse og næringer regionen er god på. Én styrke per kort, og vær konkret: nevn bedriften, fagmiljøet eller ressursen.",
        },
        sv: {
          title: "Styrkor",
          instructions:
            "Resurser, kompetenser och branscher som regionen är stark inom. En styrka per kort, och var konkret: nämn företaget, forskningsmiljön eller resursen.",
        },
      },
    },
    {
      x: 680,
      y: 0,
      w: 520,
      h: 720,
      color: "grey",
      kinds: ["strength", "opportunity"],
      text: {
        en: {
          title: "Links",
          instructions:
            "Bring a strength and an opportunity side by side here and draw a link between them. Write on the link what connects them.",
        },
        nb: {
          title: "Koblinger",
          instructions:
            "Flytt en styrke og en mulighet ved siden av hverandre her, og trekk en kobling mellom dem. Skriv på koblingen hva som knytter dem sammen.",
        },
        sv: {
          title: "Kopplingar",
          instructions:
            "Flytta hit en styrka och en möjlighet sida vid sida och dra en koppling mellan dem. Skriv på kopplingen vad som förenar dem.",
        },
      },
    },
    {
      x: 1240,
      y: 0,
      w: 640,
      h: 720,
      color: "blue",
      kinds: ["opportunity"],
      text: {
        en: {
          title: "Opportunities",
          instructions:
            "Markets, trends and societal challenges where the region's strengths could create value. Who would pay for a solution?",
        },
        nb: {
          title: "Muligheter",
          instructions:
            "Markeder, trender og samfunnsutfordringer der regionens styrker kan skape verdier. Hvem vil betale for en løsning?",
        },
        sv: {
          title: "Möjligheter",
          instructions:
            "Marknader, trender och samhällsutmaningar där regionens styrkor kan skapa värde. Vem skulle betala för en lösning?",
        },
      },
    },
    {
      x: 0,
      y: 760,
      w: 1200,
      h: 480,
      color: "yellow",
      kinds: ["idea"],
      text: {
        en: {
          title: "Ideas",
          instructions: "Ideas that grow out of the links: what could we do together, and who would do it?",
        },
        nb: {
          title: "Ideer",
          instructions: "Ideer som vokser fram av koblingene: hva kan vi gjøre sammen, og hvem gjør det?",
        },
        sv: {
          title: "Idéer",
          instructions: "Idéer som växer fram ur kopplingarna: vad kan vi göra tillsammans, och vem gör det?",
        },
      },
    },
    {
      x: 1240,
      y: 760,
      w: 640,
      h: 480,
      color: "orange",
      kinds: ["idea"],
      text: {
        en: {
          title: "Priorities",
          instructions: "The ideas with the most votes and the best scores. These go on to the action plan.",
        },
        nb: {
          title: "Prioriterte ideer",
          instructions: "Ideene som fikk flest stemmer og best vurdering. Disse tar vi videre til handlingsplanen.",
        },
        sv: {
          title: "Prioriterade idéer",
          instructions: "Idéerna som fick flest röster och bäst bedömning. Dem tar vi vidare till handlingsplanen.",
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
          name: "Briefing",
          instructions:
            "Listen to the analysis of the region: strong industries, competences, natural resources and challenges. Note any questions on a card.",
        },
        nb: {
          name: "Innledning",
          instructions:
            "Hør på analysen av regionen: sterke næringer, kompetansemiljøer, naturressurser og utfordringer. Skriv ned spørsmål på et kort.",
        },
        sv: {
          name: "Inledning",
          instructions:
            "Lyssna på analysen av regionen: starka branscher, kompetenser, naturresurser och utmaningar. Skriv ner frågor på ett kort.",
        },
      },
    },
    {
      minutes: 10,
      actions: { privateRound: true },
      text: {
        en: {
          name: "Strengths",
          instructions:
            "Write the region's strengths in Strengths, one per card: resources, competences and industries. You write alone first; everyone's cards appear when the phase ends.",
        },
        nb: {
          name: "Styrker",
          instructions:
            "Skriv regionens styrker i sonen Styrker, én per kort: ressurser, kompetanse og næringer. Du skriver alene først; alle kortene kommer fram når fasen er over.",
        },
        sv: {
          name: "Styrkor",
          instructions:
            "Skriv regionens styrkor i zonen Styrkor, en per kort: resurser, kompetenser och branscher. Du skriver själv först; allas kort visas när fasen är slut.",
        },
      },
    },
    {
      minutes: 10,
      actions: { privateRound: true },
      text: {
        en: {
          name: "Opportunities",
          instructions:
            "Write market opportunities in Opportunities: growing markets, trends and societal challenges someone needs solved.",
        },
        nb: {
          name: "Muligheter",
          instructions:
            "Skriv markedsmuligheter i sonen Muligheter: voksende markeder, trender og samfunnsutfordringer noen trenger å få løst.",
        },
        sv: {
          name: "Möjligheter",
          instructions:
            "Skriv marknadsmöjligheter i zonen Möjligheter: växande marknader, trender och samhällsutmaningar som någon behöver få lösta.",
        },
      },
    },
    {
      minutes: 20,
      text: {
        en: {
          name: "Links",
          instructions: "Draw links between a strength and an opportunity, and write on each link what connects them.",
        },
        nb: {
          name: "Koblinger",
          instructions:
            "Trekk koblinger mellom en styrke og en mulighet, og skriv på koblingen hva som knytter dem sammen.",
        },
        sv: {
          name: "Kopplingar",
          instructions:
            "Dra kopplingar mellan en styrka och en möjlighet, och skriv på kopplingen vad som förenar dem.",
        },
      },
    },
    {
      minutes: 15,
      text: {
        en: {
          name: "Ideas",
          instructions: "Turn the strongest links into ideas in Ideas: what would we do, and who would take part?",
        },
        nb: {
          name: "Ideer",
          instructions: "Gjør de sterkeste koblingene om til ideer i sonen Ideer: hva vil vi gjøre, og hvem blir med?",
        },
        sv: {
          name: "Idéer",
          instructions:
            "Gör om de starkaste kopplingarna till idéer i zonen Idéer: vad vill vi göra, och vilka är med?",
        },
      },
    },
    {
      minutes: 10,
      actions: { critique: true },
      text: {
        en: {
          name: "Critical friends",
          instructions:
            "Critical friends attach a challenge to the opportunities, links and action items they doubt. Everyone else answers the challenges on their own cards; only challenges can be added now.",
        },
        nb: {
          name: "Kritiske venner",
          instructions:
            "De kritiske vennene fester en utfordring til mulighetene, koblingene og tiltakene de tviler på. Alle andre svarer på utfordringene på sine egne kort; nå kan bare utfordringer legges til.",
        },
        sv: {
          name: "Kritiska vänner",
          instructions:
            "De kritiska vännerna fäster en utmaning vid de möjligheter, kopplingar och åtgärder de tvivlar på. Alla andra svarar på utmaningarna på sina egna kort; nu kan bara utmaningar läggas till.",
        },
      },
    },
    {
      minutes: 10,
      actions: { vote: { targets: { kinds: ["idea"], links: true }, votesPerPerson: 5 } },
      text: {
        en: {
          name: "Dot vote",
          instructions: "Put your votes on the links and ideas the region should act on first.",
        },
        nb: {
          name: "Stemmerunde",
          instructions: "Gi stemmene dine til koblingene og ideene regionen bør satse på først.",
        },
        sv: {
          name: "Prickröstning",
          instructions: "Lägg dina röster på de kopplingar och idéer som regionen bör satsa på först.",
        },
      },
    },
    {
      minutes: 15,
      actions: { scoring: { targets: { kinds: ["idea"], links: true } } },
      text: {
        en: {
          name: "Scoring",
          instructions:
            "Score each link and idea from 1 to 5 on market potential, regional capability, related variety and feasibility. The scores stay hidden until the facilitator reveals them.",
        },
        nb: {
          name: "Vurdering",
          instructions:
            "Gi hver kobling og idé 1 til 5 for markedspotensial, regional kompetanse, beslektet variasjon og gjennomførbarhet. Poengene er skjult til fasilitatoren viser dem.",
        },
        sv: {
          name: "Bedömning",
          instructions:
            "Ge varje koppling och idé 1 till 5 för marknadspotential, regional förmåga, relaterad variation och genomförbarhet. Poängen är dolda tills processledaren visar dem.",
        },
      },
    },
    {
      minutes: 25,
      text: {
        en: {
          name: "Action planning",
          instructions:
            "Turn each priority into a draft action item: the goal, the partners, the funding and who is responsible.",
        },
        nb: {
          name: "Handlingsplan",
          instructions:
            "Gjør hver prioriterte idé om til et utkast til tiltak: mål, samarbeidspartnere, virkemidler og hvem som har ansvaret.",
        },
        sv: {
          name: "Handlingsplan",
          instructions:
            "Gör om varje prioriterad idé till ett utkast till åtgärd: mål, samverkanspartner, finansiering och vem som är ansvarig.",
        },
      },
    },
  ],
};
