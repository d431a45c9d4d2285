"""The reference site's demo content, built by ``manage.py load_demo``."""
