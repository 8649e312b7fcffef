"""One cleaned document into an Article and its sanitised body: Markdown, plain text, images
and the words related coverage compares."""
