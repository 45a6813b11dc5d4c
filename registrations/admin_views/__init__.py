"""The council office's review of what units send, in the Wagtail admin.

An overview per campaign (or report window) of every unit with the office's status, each
registration and report in full with its versions and log (`records`), the office's actions:
return with a reason, accept, reopen (`actions`), the ranking of each cluster and the council's
workbook (`ranking`). Every view needs `registrations.review_registration` (the secretariat);
the admin's own URL wrapper sends anonymous visitors to the admin login before these checks
run. `urls` holds the URLs, the menu item and the stylesheet, and `officers` the secretariat's
screens of unit officers' accounts (/admin/can-bo-don-vi/); registrations.wagtail_hooks
registers both with Wagtail."""
