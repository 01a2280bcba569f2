"""python -m corpus: the command line tool."""
from .cli import main

main()
