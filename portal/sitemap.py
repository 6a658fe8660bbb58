from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class LocalizedSitemap(Sitemap):
    """Every live page of every language tree, each with its translations as alternates.

    Wagtail's own sitemap lists only the tree under the site's root page, which is the
    Catalan tree; the other languages live under translations of that root.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for tree_root in Page.objects.filter(translation_key=root.translation_key):
            pages |= Page.objects.descendant_of(tree_root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        language_codes = dict(Locale.objects.values_list("id", "language_code"))
        urls, translations = [], {}
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = translations.setdefault(item.translation_key, [])
                url_info["alternates"].append(
                    {"lang_code": language_codes[item.locale_id], "location": url_info["location"]}
                )
                urls.append(url_info)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
