from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .content import new_generation

# Any page change may rename a procedure or a related life event a cached plan shows.
page_published.connect(new_generation, dispatch_uid="plans_published")
page_unpublished.connect(new_generation, dispatch_uid="plans_unpublished")
page_slug_changed.connect(new_generation, dispatch_uid="plans_slug_changed")
post_page_move.connect(new_generation, dispatch_uid="plans_moved")
post_delete.connect(new_generation, sender=Page, dispatch_uid="plans_deleted")
# A page made private (or public again) must stop (or start) answering at its plan address.
post_save.connect(new_generation, sender=PageViewRestriction, dispatch_uid="plans_restricted")
post_delete.connect(new_generation, sender=PageViewRestriction, dispatch_uid="plans_unrestricted")
