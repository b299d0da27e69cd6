using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// The .eml files the app under test writes to its pickup folder (<see cref="PortalProcess"/> points Email:PickupFolder at
/// &lt;DataFolder&gt;/mail; with no SMTP host the portal writes every message there). Reads them as a person reads their inbox.
/// </summary>
public sealed class Mailbox(PortalProcess portal)
{
    public sealed record Message(string To, string Subject, string Body, DateTime WrittenAt, string Path);

    public string Folder { get; } = System.IO.Path.Combine(portal.DataFolder, "mail");

    public IReadOnlyList<Message> All()
    {
        if (!Directory.Exists(Folder)) return [];
        return Directory.GetFiles(Folder, "*.eml").Select(Read).OrderBy(m => m.WrittenAt).ToList();
    }

    /// <summary>
    /// The newest message to an address with this subject. The portal writes the file before it answers the request that
    /// sent it, so it is normally there at once; a short wait covers a slow disk. Fails the test with what there is instead.
    /// </summary>
    public async Task<Message> LatestToAsync(string address, string subject)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var all = All();
            var found = all.LastOrDefault(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase) && m.Subject == subject);
            if (found is not null) return found;
            if (clock.Elapsed > TimeSpan.FromSeconds(5))
            {
                Assert.Fail($"No email to {address} with the subject \"{subject}\" among the {all.Count} .eml file(s) in {Folder}:\n  " +
                            string.Join("\n  ", all.Select(m => $"to {m.To}: {m.Subject}")));
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The first link on the portal (its own base address) in a message whose path starts with <paramref name="path"/>.</summary>
    public string LinkIn(Message message, string path)
    {
        var match = Regex.Match(message.Body, Regex.Escape(portal.BaseUrl + path) + @"\S*");
        Assert.True(match.Success, $"The email \"{message.Subject}\" to {message.To} has no link to {portal.BaseUrl}{path}:\n{message.Body}");
        return match.Value;
    }

    public static Message Read(string path)
    {
        var text = File.ReadAllText(path);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = Unfold(split < 0 ? text : text[..split]);
        var body = split < 0 ? "" : text[(split + 4)..];
        string Header(string name) => headers.TryGetValue(name, out var value) ? value : "";

        body = Header("Content-Transfer-Encoding").Trim().ToLowerInvariant() switch
        {
            "quoted-printable" => DecodeQuotedPrintable(body),
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\r', '\n')))),
            _ => body,
        };
        return new Message(Header("To"), DecodeEncodedWords(Header("Subject")), body, File.GetLastWriteTimeUtc(path), path);
    }

    private static Dictionary<string, string> Unfold(string headerText)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in headerText.Split("\r\n"))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }

        return headers;
    }

    /// <summary>RFC 2047 words (=?utf-8?B?...?= or =?utf-8?Q?...?=), which System.Net.Mail uses for a subject that is not plain ASCII.</summary>
    private static string DecodeEncodedWords(string value) =>
        Regex.Replace(value.Replace("?= =?", "?==?"), @"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", m =>
        {
            var encoding = Encoding.GetEncoding(m.Groups[1].Value);
            return m.Groups[2].Value.ToUpperInvariant() == "B"
                ? encoding.GetString(Convert.FromBase64String(m.Groups[3].Value))
                : DecodeQuotedPrintable(m.Groups[3].Value.Replace('_', ' '));
        });

    /// <summary>Soft line breaks ("=" at a line's end) join lines; "=XX" is a byte in hex; bytes are UTF-8.</summary>
    private static string DecodeQuotedPrintable(string input)
    {
        var joined = input.Replace("=\r\n", "").Replace("=\n", "");
        var bytes = new List<byte>(joined.Length);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
