"""Open data of the maps. Include before Wagtail's page URLs (inside ``i18n_patterns`` for a
multilingual site): ``path("", include("network_map.urls"))``."""

from django.urls import re_path

from . import views

app_name = "network_map"

urlpatterns = [
    re_path(
        r"^(?P<path>(?:[\w-]+/)*)relays\.(?P<extension>geojson|csv)$",
        views.open_data,
        name="open_data",
    ),
]
