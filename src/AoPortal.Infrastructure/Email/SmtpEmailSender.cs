using System.Net;
using System.Net.Mail;
using AoPortal.Application.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AoPortal.Infrastructure.Email;

/// <summary>
/// Delivers outbox messages: through SMTP when a host is configured; otherwise as an .eml file in the pickup folder,
/// so invitation links can be followed in development and read by tests. Either way the message's identity is its outbox id:
/// the file is named <c>{id}.eml</c> (written under a temporary name, then moved over any earlier copy), and the
/// Message-ID header is made from the id, so a message delivered again after a crash is the same message.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailDelivery
{
    private const string StagingFolderName = ".staging";

    public async Task DeliverAsync(Guid messageId, EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var mail = new MailMessage(settings.From, message.To, message.Subject, message.Body);
        mail.Headers["Message-ID"] = MessageIdFor(messageId, mail.From!.Host);

        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            await WriteToPickupFolderAsync(messageId, mail, settings.PickupFolder, cancellationToken);
            logger.LogInformation("Email {OutboxMessageId} written to the pickup folder", messageId);
            return;
        }

        using var client = new SmtpClient(settings.Smtp.Host, settings.Smtp.Port)
        {
            EnableSsl = settings.Smtp.EnableSsl,
            Credentials = settings.Smtp.UserName is null ? null : new NetworkCredential(settings.Smtp.UserName, settings.Smtp.Password),
        };
        await client.SendMailAsync(mail, cancellationToken);
        logger.LogInformation("Email {OutboxMessageId} sent by SMTP", messageId);
    }

    /// <summary>The Message-ID a message carries every time it is delivered, so receiving servers can recognise a repeat.</summary>
    public static string MessageIdFor(Guid messageId, string domain) => $"<{messageId:N}@{domain}>";

    /// <summary>The file an outbox message is written to in the pickup folder: one per message, whatever the number of attempts.</summary>
    public static string PickupFileName(Guid messageId) => $"{messageId}.eml";

    private static async Task WriteToPickupFolderAsync(Guid messageId, MailMessage mail, string pickupFolder, CancellationToken cancellationToken)
    {
        // SmtpClient names pickup files at random, so it writes into a folder of its own for this attempt (beside the
        // pickup folder's files, on the same disk, and not read as mail), and the file is then moved into place in one step.
        var folder = Path.GetFullPath(pickupFolder);
        var staging = Path.Combine(folder, StagingFolderName, $"{messageId:N}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = staging })
            {
                await client.SendMailAsync(mail, cancellationToken);
            }

            var written = Directory.GetFiles(staging, "*.eml").Single();
            File.Move(written, Path.Combine(folder, PickupFileName(messageId)), overwrite: true);
        }
        finally
        {
            try
            {
                Directory.Delete(staging, recursive: true);
            }
            catch (IOException)
            {
                // Left behind, it does no harm: nothing reads the staging folder.
            }
        }
    }
}
