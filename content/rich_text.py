# Few features on purpose: plain pages need paragraphs, lists, emphasis and links, and
# headings come from the page structure so their order stays right.
PLAIN_FEATURES = ["bold", "link", "ol", "ul"]
