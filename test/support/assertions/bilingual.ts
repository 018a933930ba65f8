/**
 * What "Italian first, English second" means for a message, checked the same way in every layer:
 * both texts present, different, and each written in its own language (a few common words of each
 * that the other language does not use).
 */
import type { Bilingual } from "../../../src/core";

const ITALIAN_WORDS =
  /(^|[^\p{L}])(il|lo|la|raggiunto|consuntivo|esito|validazione|peso|degli|parametri|scaglione|impossibile|leggere|le|gli|non|di|del|della|dei|delle|un|una|è|per|oppure|nessun[ao]?|foglio|cella|celle|scrivere|usare|riga|anno|valore|valori|impostazioni?|calcolat[oi]|ricalcol[oa]|attiva|riprova|aggiorna|salva|pronto|errore|metodo|legenda|colori|giallo|verde|rosso|scala|sopra|vuot[oa]|oggi|data|ultimo|rilevato|riepilogo|segnalazion[ei]|verifica|obiettivi|spiegazione|chiamate|lettura|scrittura|calcolo|annulla|ritardi|limita|formule|cosa|binario|proporzionale|scritte|scritto|rilievi|trovati|attenzione|contiene|fogli|cartella|azioni|risultati|tutti|filtro|mostra|dettagli|tecnici|tipi|altre|restano|verdi|gialli|rossi|essenziali|punteggio|aggregazione|avanzate|rapporto|tra|fino|scaglion[ei]|regola|colore|fascia|aggiungi|rimuovi)(?=[^\p{L}]|$)/iu;
const ENGLISH_WORDS =
  /(^|[^\p{L}])(the|is|not|met|actual|status|validation|parameters|of|to|or|write|use|cannot|with|sheet|cell|cells|no|year|value|values|settings?|computed|recompute|activate|try|update|save|ready|error|method|legend|colours|yellow|green|red|ladder|above|blank|today|date|last|detected|summary|findings?|audit|objectives|explanation|calls|reading|writing|computing|undo|lateness|cap|formulas|what|binary|proportional|written|found|warning|holds|sheets|directory|by|from|row|for|on|and|KPIs|workbook|select|how|performance|evaluation|scoring|invalid|done|rejected|actions|results|all|filter|show|technical|details|kinds|more|left|essentials|roll|advanced|ratio|up|score|step|add|band|rule|colour|remove)(?=[^\p{L}]|$)/iu;

export function expectBilingual(text: Bilingual, label: string): void {
  const { it: message, en: messageEn } = text;
  expect({ label, italian: message.trim().length > 0 }).toEqual({ label, italian: true });
  expect({ label, english: messageEn.trim().length > 0 }).toEqual({ label, english: true });
  expect({ label, translated: message !== messageEn }).toEqual({ label, translated: true });
  expect({ label, message, italianWords: ITALIAN_WORDS.test(message) }).toEqual({
    label,
    message,
    italianWords: true,
  });
  expect({ label, messageEn, englishWords: ENGLISH_WORDS.test(messageEn) }).toEqual({
    label,
    messageEn,
    englishWords: true,
  });
}
