"""``python -m newsbrief``: the command line, as the ``newsbrief`` console script."""

from newsbrief.cli import main

if __name__ == "__main__":
    main()
