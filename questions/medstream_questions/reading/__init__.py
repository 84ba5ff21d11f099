"""How ``parse`` reads text: word lists and stems, phrase matching, regex extractors,
period expressions, and the assembly of what was found into slots."""
