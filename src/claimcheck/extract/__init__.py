"""Reading numeric claims out of a Doc, one module per concern:

- ``furniture``: text that is never a claim (citations, URLs, page furniture)
- ``atoms``: the number grammar (figures, number words) and numbers in names
- ``fractions``: fractions and multiples in words ("a third", "half", "fivefold", "double")
- ``dates``: calendar, ISO, relative and yearless dates
- ``units``: units, currencies and bound words around a figure
- ``nouns``: what a figure counts
- ``ranges``: rates, proportions, ranges, alternatives and lists
- ``statistics``: statistical notation (sample sizes, intervals, p-values, ratios, tallies)
- ``kinds``: the kind of a claim, and whether it states a change
- ``assemble``: claim assembly, number by number
- ``finder``: the spaCy component that runs it all
"""
