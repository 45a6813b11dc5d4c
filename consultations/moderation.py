"""What the secretariat does to comments, each step logged with who and when.

State changes use queryset updates: django-comments-xtd's pre-save hook would otherwise hide
the replies of a removed comment, and a removed comment keeps its replies here (it shows as a
moderation notice)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from consultations.commenting import comment_mail_links
from consultations.models import (
    ConsultationPage,
    ModerationAction,
    ModerationLogEntry,
    ModerationState,
    NomineePage,
    NomineeState,
    PortalComment,
    Question,
    RejectionReason,
    Stance,
)
from consultations.pagecache import purge_comments, purge_nominees
from core import audit
from core.dates import end_of_day, months_before
from core.mail import send_templated_email
from home.models import PortalSettings
from home.roles import SECRETARIAT


def _log(comment_ids, action, user, now, note="", reason=""):
    # Every moderation step may change the pages showing these comments (they are updated in
    # bulk, which sends no save signal).
    purge_comments(comment_ids)
    ModerationLogEntry.objects.bulk_create(
        ModerationLogEntry(
            comment_id=pk, action=action, user=user, at=now, note=note, reason=reason
        )
        for pk in comment_ids
    )


def _audit(comments, action, user, **data):
    # The site-wide history of staff actions, beside the comment's own moderation log.
    for comment in comments:
        audit.record(
            comment,
            f"tdkt.moderation.{action}",
            user,
            title=f"{comment.reference_code or comment.pk} – {comment.user_name}"[:255],
            **data,
        )


def _moderate(comments, user, action, note="", reason="", **changes):
    now = timezone.now()
    ids = [comment.pk for comment in comments]
    with transaction.atomic():
        PortalComment.objects.filter(pk__in=ids).update(
            moderated_at=now, moderated_by=user, **changes
        )
        _log(ids, action, user, now, note=note, reason=reason)
        if user is not None:
            extra = {"reason": reason, "note": note} if reason else {}
            _audit(comments, action, user, **extra)
    return len(ids)


def approve(comments, user):
    """Approved comments appear on their page (where the round shows opinions publicly)."""
    return _moderate(
        comments,
        user,
        ModerationAction.APPROVE,
        moderation_state=ModerationState.APPROVED,
        is_public=True,
        is_removed=False,
    )


def reject(comments, user, reason, note=""):
    """A rejected comment that was public stays in place as 'đã được kiểm duyệt ngày …', with
    its replies; one that never was public stays hidden. The reason (one of RejectionReason,
    with free text beside it; "other" needs the text) is kept in the log."""
    note = note.strip()
    if reason not in RejectionReason.values:
        raise ValueError(f"Unknown rejection reason {reason!r}")
    if reason == RejectionReason.OTHER and not note:
        raise ValueError("The reason 'other' needs a note")
    return _moderate(
        comments,
        user,
        ModerationAction.REJECT,
        note=note,
        reason=reason,
        moderation_state=ModerationState.REJECTED,
        is_removed=True,
    )


def mark_for_verification(comments, user):
    """A serious allegation: the opinion waits for verification and its nominee is put on hold
    (DESIGN.md: 'A serious allegation puts the nomination on hold until verified')."""
    count = _moderate(
        comments,
        user,
        ModerationAction.VERIFY,
        moderation_state=ModerationState.VERIFYING,
        is_public=False,
    )
    nominee_ids = {c.page_id for c in comments if c.round_id}
    put_nominees_on_hold(nominee_ids)
    return count


def put_nominees_on_hold(nominee_ids):
    nominees = NomineePage.objects.filter(pk__in=nominee_ids).select_related("latest_revision")
    purge_nominees(nominees)
    for nominee in nominees:
        NomineePage.objects.filter(pk=nominee.pk).update(state=NomineeState.ON_HOLD)
        # A draft waiting to be published would otherwise undo the hold when published.
        revision = nominee.latest_revision
        if revision is not None and nominee.latest_revision_id != nominee.live_revision_id:
            revision.content["state"] = NomineeState.ON_HOLD
            revision.save(update_fields=["content"])


def official_author_name():
    site = Site.objects.filter(is_default_site=True).first()
    portal = PortalSettings.for_site(site) if site else None
    return (
        (portal.office_name or portal.council_name)
        if portal
        else _("Hội đồng Thi đua – Khen thưởng")
    )


def reply_officially(comment, user, text):
    """The council's answer, shown under the comment and e-mailed to its author."""
    now = timezone.now()
    parent = comment if comment.level == 0 else PortalComment.objects.get(pk=comment.thread_id)
    with transaction.atomic():
        reply = PortalComment(
            content_type_id=comment.content_type_id,
            object_pk=comment.object_pk,
            site_id=comment.site_id,
            user=user,
            user_name=official_author_name()[:50],
            user_email="",
            comment=text,
            submit_date=now,
            is_public=True,
            is_removed=False,
            parent_id=parent.pk,
            page_id=comment.page_id,
            round_id=comment.round_id,
            is_official_reply=True,
            moderation_state=ModerationState.APPROVED,
            moderated_at=now,
            moderated_by=user,
        )
        reply.save()
        _log([comment.pk], ModerationAction.REPLY, user, now, note=text)
        _audit([comment], ModerationAction.REPLY, user)
    page = comment.page.specific
    send_templated_email(
        "consultations/email/official_reply",
        {"comment": comment, "reply": reply, "page": page, **comment_mail_links(comment, page)},
        [comment.user_email],
    )
    return reply


# Scheduled work -------------------------------------------------------------------------


def moderators():
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    return users.filter(groups__name=SECRETARIAT).distinct()


def send_moderation_digest():
    """E-mail the secretariat the comments that arrived since the last digest."""
    waiting = list(
        PortalComment.objects.filter(
            digest_sent_at=None,
            moderation_state=ModerationState.PENDING,
            is_official_reply=False,
        )
        .select_related("page")
        .order_by("submit_date")
    )
    recipients = list(moderators().values_list("email", flat=True))
    if not waiting or not recipients:
        return 0
    send_templated_email(
        "consultations/email/moderation_digest",
        {"comments": waiting, "admin_base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")},
        recipients,
    )
    PortalComment.objects.filter(pk__in=[c.pk for c in waiting]).update(
        digest_sent_at=timezone.now()
    )
    return len(waiting)


def send_closing_notices(now=None):
    """Tell the secretariat, once per round, that a consultation has closed: how many
    opinions came, by stance, and how many still wait for moderation, with the links to the
    round's report. A round is claimed by one conditional update, so two machines running
    the job at once send one notice. Returns the number of rounds notified."""
    now = now or timezone.now()
    due = ConsultationPage.objects.live().filter(closes_at__lte=now, closing_notice_sent_at=None)
    recipients = list(moderators().values_list("email", flat=True))
    notified = 0
    for consultation in due.order_by("closes_at"):
        claimed = ConsultationPage.objects.filter(
            pk=consultation.pk, closing_notice_sent_at=None
        ).update(closing_notice_sent_at=now)
        if not claimed or not recipients:
            continue
        opinions = PortalComment.objects.filter(round=consultation, is_official_reply=False)
        by_stance = dict(opinions.order_by().values_list("stance").annotate(count=Count("pk")))
        send_templated_email(
            "consultations/email/round_closed",
            {
                "consultation": consultation,
                "total": opinions.count(),
                "stances": [(label, by_stance.get(value, 0)) for value, label in Stance.choices],
                "pending": opinions.filter(
                    moderation_state__in=[ModerationState.PENDING, ModerationState.VERIFYING]
                ).count(),
                "nominees": consultation.get_children().live().count(),
                "admin_base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
            },
            recipients,
        )
        notified += 1
    return notified


def erase_expired_contacts(now=None):
    """Erase the contact data of every kind of submission once its retention period is over
    (the one daily job: manage.py erase_commenter_contacts). Names and texts stay for the
    record. Returns {"rounds": …, "opinions": …, "reader_comments": …, "questions": …}.

    - opinions on nominees: e-mail, phone, address and IP,
      CONSULTATION_CONTACT_RETENTION_MONTHS after the round concludes;
    - reader comments on news and stories: e-mail, phone, address and IP,
      READER_COMMENT_CONTACT_RETENTION_MONTHS after they were sent;
    - citizens' questions: e-mail, phone and IP, QUESTION_CONTACT_RETENTION_MONTHS after the
      answer (after sending, for a question never answered)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    cutoff = months_before(today, settings.CONSULTATION_CONTACT_RETENTION_MONTHS)
    rounds = list(
        ConsultationPage.objects.filter(
            concluded_on__isnull=False, concluded_on__lte=cutoff, contacts_erased_at=None
        )
    )
    erased = 0
    for consultation in rounds:
        with transaction.atomic():
            opinions = PortalComment.objects.filter(round=consultation, contacts_erased_at=None)
            ids = list(opinions.values_list("pk", flat=True))
            PortalComment.objects.filter(pk__in=ids).update(
                user_email="", phone="", address="", ip_address=None, contacts_erased_at=now
            )
            _log(ids, ModerationAction.ERASE, None, now)
            ConsultationPage.objects.filter(pk=consultation.pk).update(contacts_erased_at=now)
            erased += len(ids)

    # Limits are instants: the local midnight that starts the day after the cutoff date.
    comment_limit = end_of_day(
        months_before(today, settings.READER_COMMENT_CONTACT_RETENTION_MONTHS)
    )
    with transaction.atomic():
        comments = PortalComment.objects.filter(
            round=None, contacts_erased_at=None, submit_date__lt=comment_limit
        )
        comment_ids = list(comments.values_list("pk", flat=True))
        PortalComment.objects.filter(pk__in=comment_ids).update(
            user_email="", phone="", address="", ip_address=None, contacts_erased_at=now
        )
        _log(comment_ids, ModerationAction.ERASE, None, now)

    question_limit = end_of_day(months_before(today, settings.QUESTION_CONTACT_RETENTION_MONTHS))
    # A question keeps no erasure date of its own: what is left to erase marks it.
    with_contacts = ~Q(email="") | ~Q(phone="") | Q(ip_address__isnull=False)
    questions = Question.objects.filter(with_contacts).filter(
        Q(answered_at__lt=question_limit)
        | Q(answered_at__isnull=True, submitted_at__lt=question_limit)
    )
    question_count = questions.update(email="", phone="", ip_address=None)
    return {
        "rounds": len(rounds),
        "opinions": erased,
        "reader_comments": len(comment_ids),
        "questions": question_count,
    }
