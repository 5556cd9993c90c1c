"""Plumbing for the Border Figures course: paths, checked loading, the figure
extractor, chart house style and exercise checks.

The lessons themselves (pandas, matplotlib, widgets) stay in the notebooks; this
package holds only what would distract from them. Importing it is cheap: each
module is imported where it is used (``from helpers import article``).
"""

from helpers.environment import ready
from helpers.paths import ARTICLE, DATASETS, NOTEBOOKS, OUTPUT, ROOT, SEEDS, output_dir

__all__ = ["ARTICLE", "DATASETS", "NOTEBOOKS", "OUTPUT", "ROOT", "SEEDS", "output_dir", "ready"]
