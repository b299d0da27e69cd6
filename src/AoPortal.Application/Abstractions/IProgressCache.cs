namespace AoPortal.Application.Abstractions;

/// <summary>
/// Keeps a read model worked out from candidates' progress (their statuses, plans, records and evidence) until a change to
/// any of that is committed, or the day turns (forecasts count days), or a minute passes (changes made by another instance
/// of the portal). For pages many people open that are costly to work out and that most writes do not touch, such as the
/// candidates at risk on the admin's home page (ADR-015). The key names the model and anything else it depends on, such
/// as whose it is.
/// </summary>
public interface IProgressCache
{
    Task<T> GetOrAddAsync<T>(string key, Func<CancellationToken, Task<T>> workOut, CancellationToken cancellationToken);
}
