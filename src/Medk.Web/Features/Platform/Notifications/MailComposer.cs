using System.Net;
using System.Text;

namespace Medk.Web.Features.Platform.Notifications;

public sealed record ComposedMail(string Subject, string Text, string Html);

/// <summary>
/// Writes Medk's letters: the same content as plain text and as simple HTML (mail programs of officials often
/// show only one of them), in Russian, with an absolute link to the object.
/// </summary>
public static class MailComposer
{
    public static ComposedMail Compose(string title, string? text, string linkText, string absoluteLink, string footer, params (string Label, string Url)[] footerLinks)
    {
        var plain = new StringBuilder();
        plain.AppendLine(title).AppendLine();
        if (text is not null)
        {
            plain.AppendLine(text).AppendLine();
        }
        plain.AppendLine($"{linkText}: {absoluteLink}").AppendLine();
        plain.AppendLine("—").AppendLine(footer);
        foreach (var (label, url) in footerLinks)
        {
            plain.AppendLine($"{label}: {url}");
        }

        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append("</title></head>")
            .Append("<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">")
            .Append("<h2 style=\"font-size:18px\">").Append(Encode(title)).Append("</h2>");
        if (text is not null)
        {
            html.Append("<p style=\"white-space:pre-line\">").Append(Encode(text)).Append("</p>");
        }
        html.Append("<p><a href=\"").Append(Encode(absoluteLink)).Append("\">").Append(Encode(linkText)).Append("</a></p>")
            .Append("<hr><p style=\"color:#777;font-size:12px\">").Append(Encode(footer));
        foreach (var (label, url) in footerLinks)
        {
            html.Append("<br><a style=\"color:#777\" href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a>");
        }
        html.Append("</p></body></html>");
        return new ComposedMail(title, plain.ToString(), html.ToString());
    }

    private static string Encode(string s) => WebUtility.HtmlEncode(s);
}
