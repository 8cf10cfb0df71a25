"""CLI layer: the `refdesk` command line of spec/cli.md."""
