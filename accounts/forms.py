from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """One code: six digits from the app, or a backup code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def __init__(self, *args, check=None, help_text="", **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check
        self.fields["code"].help_text = help_text

    def clean_code(self):
        code = self.cleaned_data["code"]
        self.result = self.check(code)
        if not self.result:
            raise forms.ValidationError(
                _("That code did not work. Type the code your app shows now; it changes every 30 seconds."),
                code="wrong_code",
            )
        return code
