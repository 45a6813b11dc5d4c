"""The units' area under /dang-ky-thi-dua/ and its public list, routed by
registrations.portal_urls: the section page (`portal`), the registration (`registrations`), the
result reports (`reports`), and what they share (`common`).

Every view of the units' area takes the unit from the signed-in officer's account, never from
the address or the form: a page is addressed by campaign or report window only, so an officer
cannot name another unit's record. Those pages are private (never cached, never indexed)."""
