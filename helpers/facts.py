"""Facts the whole course shares: months, states, Border Patrol sectors and regions.

One home for names that are not data but fixed vocabulary, so that the dataset builder, the PDF
readers, the loaders and the lesson checks all spell them the same way:

    from helpers import facts
    facts.FISCAL_MONTHS[0]          # 'October': a fiscal year runs October to September
    facts.SECTORS                   # the nine southwest border sectors, as dataset column names
    facts.SECTOR_NAMES["rio_grande_valley"]   # 'Rio Grande Valley', as CBP prints it

Sector codes are CBP's sector names in lower case with underscores (the column names of
``datasets/swb_apprehensions_by_sector_fy1960_2019.csv``). Nothing here is a figure.
"""

from __future__ import annotations

__all__ = [
    "MONTHS",
    "FISCAL_MONTHS",
    "STATES",
    "STATE_CODES",
    "SECTORS",
    "REGIONS",
    "REGION_SECTORS",
    "ALL_SECTORS",
    "SECTOR_NAMES",
    "FORMER_NAMES",
    "SECTOR_REGION",
    "TOTALS",
    "TOTAL_NAMES",
    "TOTAL_REGION",
    "SECTOR_STATES",
    "TEXAS_ONLY",
    "PARTLY_TEXAS",
    "SPRING",
]

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: The months of a fiscal year, in order: October to September (FY2018 = Oct 2017 - Sep 2018).
FISCAL_MONTHS = MONTHS[9:] + MONTHS[:9]
#: The course's definition of spring (lessons 03, 05 and 09 say it out loud): March, April, May, as month numbers.
SPRING = (3, 4, 5)

#: The four states on the US-Mexico border, west to east.
STATES = ("California", "Arizona", "New Mexico", "Texas")
STATE_CODES = {"CA": "California", "AZ": "Arizona", "NM": "New Mexico", "TX": "Texas"}

#: CBP's three border regions, in the order its tables print them.
REGIONS = ("coastal", "northern", "southwest")

#: The sectors of each region, in the order CBP's tables print them (alphabetical).
#: Livermore (coastal) closed after FY2004; Big Bend was formerly Marfa sector and
#: Rio Grande Valley formerly McAllen sector.
REGION_SECTORS = {
    "coastal": ("livermore", "miami", "new_orleans", "ramey"),
    "northern": ("blaine", "buffalo", "detroit", "grand_forks", "havre", "houlton", "spokane", "swanton"),
    "southwest": (
        "big_bend",
        "del_rio",
        "el_centro",
        "el_paso",
        "laredo",
        "rio_grande_valley",
        "san_diego",
        "tucson",
        "yuma",
    ),
}
#: The nine southwest border sectors (dataset column names), west-to-east order is NOT implied: CBP's order.
SECTORS = REGION_SECTORS["southwest"]
ALL_SECTORS = tuple(code for region in REGIONS for code in REGION_SECTORS[region])
SECTOR_REGION = {code: region for region in REGIONS for code in REGION_SECTORS[region]}

_SPELLING = {"new_orleans": "New Orleans", "rio_grande_valley": "Rio Grande Valley"}
#: CBP's name for each sector (without the "(formerly ...)" note).
SECTOR_NAMES = {code: _SPELLING.get(code, code.replace("_", " ").title()) for code in ALL_SECTORS}
#: Sectors CBP prints with "(formerly ...)": their earlier names.
FORMER_NAMES = {"big_bend": "Marfa", "rio_grande_valley": "McAllen"}

#: The state(s) each southwest border sector's stretch of border lies in, west to east: the course's one
#: definition (notebook 04 types the same table, with the reasons, and a test keeps the two the same).
#: ``helpers.checks.sectors`` re-exports it, with ``TEXAS_ONLY`` and ``PARTLY_TEXAS``, for the lessons.
SECTOR_STATES = {
    "san_diego": "California",
    "el_centro": "California",
    "yuma": "Arizona, California",
    "tucson": "Arizona",
    "el_paso": "New Mexico, Texas",
    "big_bend": "Texas",
    "del_rio": "Texas",
    "laredo": "Texas",
    "rio_grande_valley": "Texas",
}
#: The four sectors whose stretch of border lies wholly in Texas: the course's one definition of "the Texas sectors".
TEXAS_ONLY = tuple(code for code, states in SECTOR_STATES.items() if states == "Texas")
#: El Paso sector covers New Mexico *and* far-west Texas: the ambiguous one.
PARTLY_TEXAS = tuple(code for code, states in SECTOR_STATES.items() if "Texas" in states and states != "Texas")

#: The total rows CBP prints, as codes (the southwest one is the sector dataset's total column).
TOTALS = ("coastal_border_total", "northern_border_total", "southwest_border_total", "nationwide_total")
TOTAL_NAMES = {
    "coastal_border_total": "Coastal Border Sectors Total",
    "northern_border_total": "Northern Border Sectors Total",
    "southwest_border_total": "Southwest Border Sectors Total",
    "nationwide_total": "Nationwide Total",
}
#: The region a total row sums ("nationwide" for the nationwide total).
TOTAL_REGION = {
    "coastal_border_total": "coastal",
    "northern_border_total": "northern",
    "southwest_border_total": "southwest",
    "nationwide_total": "nationwide",
}
