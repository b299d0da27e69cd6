using System.Net;
using System.Net.Mail;
using AoPortal.Application.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AoPortal.Infrastructure.Email;

/// <summary>
/// Sends through SMTP when a host is configured; otherwise drops each message as an .eml file in the pickup folder,
/// so invitation links can be followed in development and read by tests.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var mail = new MailMessage(settings.From, message.To, message.Subject, message.Body);
        using var client = CreateClient(settings);
        await client.SendMailAsync(mail, cancellationToken);
        logger.LogInformation("Email {Subject} sent by {Delivery}", message.Subject, client.DeliveryMethod);
    }

    private static SmtpClient CreateClient(EmailOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            Directory.CreateDirectory(settings.PickupFolder);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = Path.GetFullPath(settings.PickupFolder),
            };
        }

        return new SmtpClient(settings.Smtp.Host, settings.Smtp.Port)
        {
            EnableSsl = settings.Smtp.EnableSsl,
            Credentials = settings.Smtp.UserName is null ? null : new NetworkCredential(settings.Smtp.UserName, settings.Smtp.Password),
        };
    }
}
