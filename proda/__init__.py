"""proda: Programming with Data."""
__version__ = "0.1.0"
