"""The medstream router: checks each question, asks back when it is unclear, routes clear ones."""
