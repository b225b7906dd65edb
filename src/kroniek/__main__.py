from kroniek.cli import main

main()
