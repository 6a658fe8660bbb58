from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-step/", views.manage, name="accounts_two_factor"),
        path("two-step/verify/", views.verify, name="accounts_two_factor_verify"),
        path("two-step/turn-on/", views.enrol, name="accounts_two_factor_enrol"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-step verification"),
        "help_text": _("Ask for a code from your phone as well as your password when you sign in."),
    }
