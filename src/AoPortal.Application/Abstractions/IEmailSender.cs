namespace AoPortal.Application.Abstractions;

/// <summary>Sends email: by SMTP when configured, otherwise as .eml files in a folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
