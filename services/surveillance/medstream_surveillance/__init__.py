"""The medstream surveillance service: outbreak detection on daily counts of visits."""
