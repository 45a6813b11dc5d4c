"""The comment machinery every commentable page shares: nominees (opinions with a stance),
news and exemplar stories (reader comments). A page gets the form, the public threads, the
posting and the confirmation page by mixing in CommentablePageMixin; the forms are in
consultations.comment_forms.

Page models of news, exemplars and consultations import this module while the models load, so
it imports no consultations model: the comment model is django_comments' `get_model()`.
"""

import django_comments
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from consultations.comment_forms import OpinionForm, ReaderCommentForm
from core import compiled, ratelimit
from core.filters import query_string
from core.mail import send_templated_email, site_url
from core.tokens import pk_from_token, signed_token
from home.models import office_short_name
from privacy.models import ConsentPurpose, record_consent

THREADS_PER_PAGE = 20


def opinion_status_path(comment=None):
    """The status page of an opinion or comment (consultations.views.opinion_status), its
    code filled in; never the e-mail, which is typed, not carried in an address."""
    url = reverse("consultations:opinion_status")
    if comment is not None:
        url += "?" + query_string({"code": comment.reference_code})
    return url


def comment_mail_links(comment, page):
    """The links every e-mail about a comment carries, on the site's configured base address
    (core.mail.site_url): the page it is about and its status page."""
    return {
        "page_url": site_url(page.url) if page.live else "",
        "status_url": site_url(opinion_status_path(comment)),
    }


def confirmation_token(comment):
    # Dated by the comment itself, so a form sent twice leads to the very same address.
    return signed_token("comment", comment.pk, issued=comment.submit_date.timestamp())


class CommentablePageMixin(RoutablePageMixin):
    """Adds comments to a page type. Subclasses say whether comments are being accepted
    (`comments_accepting`) and shown (`comments_shown`); `comment_kind` is "opinion" for
    nominees (stance, phone, address) or "reader"."""

    comment_kind = "reader"

    def comments_accepting(self, now=None):
        return True

    def comments_shown(self):
        return True

    @property
    def comment_form_class(self):
        return OpinionForm if self.comment_kind == "opinion" else ReaderCommentForm

    @property
    def comment_target_key(self):
        return f"page:{self.pk}"

    def new_comment_form(self, request):
        initial = {}
        reply_to = request.GET.get("tra-loi", "")
        if self.comment_kind == "reader" and reply_to.isdigit():
            initial["reply_to"] = int(reply_to)
        return self.comment_form_class(
            initial=initial,
            target_key=self.comment_target_key,
            office=office_short_name(request),
        )

    # Public threads ------------------------------------------------------------------

    def public_comment_threads(self, request):
        """A page of threads: each visible top-level comment with its visible replies.
        Private fields are never loaded; a removed comment keeps its place (and its replies)
        as a moderation notice. Two queries whatever the number of comments."""
        PortalComment = django_comments.get_model()
        if not self.comments_shown():
            return None
        public_fields = [
            "id",
            "user_name",
            "comment",
            "stance",
            "submit_date",
            "thread_id",
            "parent_id",
            "level",
            "order",
            "is_removed",
            "is_public",
            "is_official_reply",
            "moderated_at",
        ]
        # `portal`: a plain manager (django-comments-xtd's default one joins users).
        thread_ids = (
            PortalComment.portal.filter(page_id=self.pk, is_public=True)
            .order_by("-thread_id")
            .values_list("thread_id", flat=True)
            .distinct()
        )
        # SQL compiled once per page of comments (core.compiled): the queries are the same for
        # every reader.
        paginator = compiled.Paginator(thread_ids, THREADS_PER_PAGE, ("comment threads", self.pk))
        page = paginator.get_page(request.GET.get("trang-y-kien"))
        ids = list(page.object_list)
        rows = compiled.rows_in(
            PortalComment.portal.filter(page_id=self.pk)
            # Replies only when public; the top-level comment always (it may be a notice).
            .filter(Q(is_public=True) | Q(level=0))
            .only(*public_fields)
            .order_by("-thread_id", "order"),
            "thread_id",
            ids,
            ("comment rows", self.pk),
        )
        threads = {}
        for row in rows:
            if row.level == 0:
                threads[row.thread_id] = {"comment": row, "replies": []}
        for row in rows:
            if row.level > 0 and row.is_public and row.thread_id in threads:
                threads[row.thread_id]["replies"].append(row)
        page.threads = [threads[i] for i in ids if i in threads]
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context.setdefault("comments_accepting", self.comments_accepting(now))
        context["comment_form_url"] = self.url + self.reverse_subpage("comment_form")
        context["comment_page"] = self.public_comment_threads(request)
        context["comment_kind"] = self.comment_kind
        return context

    # Posting ---------------------------------------------------------------------------
    # The page itself holds no form, so the shared page cache (core.pagecache) can serve it
    # to every reader; the form, with its CSRF token, has an address of its own that is
    # never cached.

    @path("", name="page")
    def page_with_comments(self, request):
        if request.method == "POST":  # forms shown before the form had its own address
            return self.post_comment(request)
        return self.render(request)

    @path("binh-luan/", name="comment_form")
    def comment_form_page(self, request):
        if request.method == "POST":
            return self.post_comment(request)
        if not self.comments_accepting(timezone.now()):
            return self.render(request)
        return self.render(
            request,
            context_overrides={"comment_form": self.new_comment_form(request)},
        )

    def post_comment(self, request):
        PortalComment = django_comments.get_model()
        form = self.comment_form_class(
            data=request.POST,
            target_key=self.comment_target_key,
            office=office_short_name(request),
        )
        now = timezone.now()
        if not self.comments_accepting(now):
            form.is_valid()
            form.add_error(None, self.closed_message())
            return self.render_with_form(request, form, status=403)
        if not form.is_valid():
            form.renew_token()
            return self.render_with_form(request, form, status=400)

        data = form.cleaned_data
        existing = PortalComment.objects.filter(submission_key=data["submission_key"]).first()
        if existing is not None:  # the same form sent twice: one comment
            return self.redirect_to_confirmation(existing)
        parent = self.reply_parent(data.get("reply_to"))
        if data.get("reply_to") and parent is None:
            form.add_error(None, _("Ý kiến bạn trả lời không còn nhận trả lời."))
            return self.render_with_form(request, form, status=400)

        ip = ratelimit.client_ip(request)
        if not ratelimit.hit("comment-ip", ip) or not ratelimit.hit("comment-email", data["email"]):
            form.add_error(
                None,
                _(
                    "Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Nội dung vẫn được giữ "
                    "nguyên; vui lòng thử gửi lại sau ít phút."
                ),
            )
            form.renew_token()
            return self.render_with_form(request, form, status=429)

        comment = self.build_comment(data, parent, ip, now)
        try:
            with transaction.atomic():
                comment.save()
                # Proof of consent: the purpose and the very words the form showed.
                record_consent(
                    comment,
                    ConsentPurpose.OPINION
                    if self.comment_kind == "opinion"
                    else ConsentPurpose.COMMENT,
                    form.fields["consent"].label,
                    now,
                )
        except IntegrityError:
            existing = PortalComment.objects.filter(submission_key=data["submission_key"]).first()
            if existing is None:
                raise
            return self.redirect_to_confirmation(existing)
        send_templated_email(
            "consultations/email/comment_received",
            {
                "comment": comment,
                "page": self,
                "site_name": _site_name(request),
                **comment_mail_links(comment, self),
            },
            [comment.user_email],
        )
        return self.redirect_to_confirmation(comment)

    def build_comment(self, data, parent, ip, now):
        comment = django_comments.get_model()(
            content_type=ContentType.objects.get_for_model(self.specific_class),
            object_pk=str(self.pk),
            site_id=Site.objects.get_current().pk,
            user_name=data["name"],
            user_email=data["email"],
            comment=data["comment"],
            submit_date=now,
            ip_address=ip or None,
            is_public=False,
            is_removed=False,
            page_id=self.pk,
            round_id=self.get_parent().pk if self.comment_kind == "opinion" else None,
            stance=data.get("stance", ""),
            phone=data.get("phone", ""),
            address=data.get("address", ""),
            consent_at=now,
            submission_key=data["submission_key"],
        )
        if parent is not None:
            comment.parent_id = parent.pk
        return comment

    def reply_parent(self, reply_to):
        """Readers may answer a visible top-level comment; opinions take no citizen replies."""
        if not reply_to or self.comment_kind != "reader":
            return None
        return (
            django_comments.get_model()
            .objects.filter(pk=reply_to, page_id=self.pk, level=0, is_public=True, is_removed=False)
            .first()
        )

    def closed_message(self):
        return _("Trang này hiện không nhận ý kiến.")

    def render_with_form(self, request, form, status):
        response = self.render(
            request,
            context_overrides={"comment_form": form, "comments_accepting": True},
        )
        response.status_code = status
        return response

    def redirect_to_confirmation(self, comment):
        # 303: reloading the confirmation page never posts the form again.
        url = self.url + self.reverse_subpage("comment_sent", args=[confirmation_token(comment)])
        response = HttpResponseRedirect(url)
        response.status_code = 303
        return response

    @path("y-kien/da-gui/<str:token>/", name="comment_sent")
    def comment_sent(self, request, token):
        pk = pk_from_token("comment", token)
        comments = django_comments.get_model().portal
        comment = comments.filter(pk=pk, page_id=self.pk).first() if pk else None
        if comment is None:
            raise Http404
        response = TemplateResponse(
            request,
            "consultations/comment_confirmation.html",
            {
                "page": self,
                "self": self,
                "comment": comment,
                "status_path": opinion_status_path(comment),
                "noindex": True,
            },
        )
        response["Cache-Control"] = "private, no-store"
        return response


class ReaderCommentsPage(CommentablePageMixin, models.Model):
    """News and exemplar stories: 'Ý kiến bạn đọc', which editors can switch off per page."""

    allow_comments = models.BooleanField(_("Nhận ý kiến bạn đọc"), default=True)

    settings_panels = [*Page.settings_panels, FieldPanel("allow_comments")]

    class Meta:
        abstract = True

    def comments_accepting(self, now=None):
        return self.allow_comments

    def closed_message(self):
        return _("Bài viết này không nhận ý kiến bạn đọc.")


def _site_name(request):
    return settings.WAGTAIL_SITE_NAME
