"""An event as schema.org data (JSON-LD), for search engines' event listings."""

from urllib.parse import urljoin

from django.utils import timezone

from .models import Admission, EventStatus

EVENT_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}
ATTENDANCE_MODE = {
    "offline": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}


def event_json_ld(event, request, organiser):
    """``event`` as a schema.org ``Event``; ``organiser`` is ``(name, page or None)``."""
    _site_id, root_url, path = event.get_url_parts(request)
    url = root_url + path
    zone = timezone.get_default_timezone()
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "eventStatus": EVENT_STATUS[event.status],
        "eventAttendanceMode": ATTENDANCE_MODE[event.attendance_mode],
    }
    if event.all_day:
        data["startDate"] = event.start_date.isoformat()
        data["endDate"] = event.last_day.isoformat()
    else:
        data["startDate"] = timezone.localtime(event.starts_at, zone).isoformat()
        data["endDate"] = timezone.localtime(event.ends_at, zone).isoformat()
    if event.summary:
        data["description"] = event.summary
    locations = []
    if event.has_place and event.attendance_mode != "online":
        locations.append(place(event))
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    name, page = organiser
    if name:
        organization = {"@type": "Organization", "name": name}
        if page is not None:
            organization["url"] = page.get_full_url(request)
        data["organizer"] = organization
    registration = event.registration_address(request, full=True)
    if registration:
        offer = {"@type": "Offer", "url": registration}
        if event.admission == Admission.FREE:
            offer["price"] = "0"
            offer["priceCurrency"] = "EUR"
        elif event.price:
            offer["description"] = event.price
        if event.registration_deadline:
            offer["validThrough"] = timezone.localtime(
                event.registration_deadline, zone
            ).isoformat()
        data["offers"] = offer
    if event.image:
        data["image"] = [urljoin(root_url, event.image.get_rendition("fill-1200x675").url)]
    return data


def place(event):
    address = {"@type": "PostalAddress", "addressCountry": "FR"}
    street = " ".join(event.address.split())
    if street:
        address["streetAddress"] = street
    if event.postcode:
        address["postalCode"] = event.postcode
    if event.town:
        address["addressLocality"] = event.town
    if event.departement_name:
        address["addressRegion"] = event.departement_name
    data = {"@type": "Place", "name": event.venue or event.town, "address": address}
    if event.latitude is not None and event.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(event.latitude),
            "longitude": float(event.longitude),
        }
    return data
