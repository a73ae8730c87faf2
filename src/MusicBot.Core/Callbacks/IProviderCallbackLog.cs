namespace MusicBot.Core.Callbacks;

/// <summary>Callbacks already taken, by (provider, provider task, stage): the de-duplication record.</summary>
public interface IProviderCallbackLog
{
    /// <summary>Records the callback; false when the same (provider, task, stage) was recorded before.</summary>
    Task<bool> TryRecordAsync(string provider, string taskKey, string stage, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes a record whose processing failed, so the provider's retry is taken.</summary>
    Task ForgetAsync(string provider, string taskKey, string stage, CancellationToken cancellationToken);
}
