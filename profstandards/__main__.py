"""``python -m profstandards`` runs the command line."""

from profstandards.cli import main

main()
