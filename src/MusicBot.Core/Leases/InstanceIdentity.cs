namespace MusicBot.Core.Leases;

/// <summary>
/// This process among the instances sharing a store: <c>MusicBot:Instance:Id</c> when set (a pod name), else the host
/// name and process id, which no other live process has.
/// </summary>
public sealed class InstanceIdentity(string id)
{
    public const string ConfigurationKey = "MusicBot:Instance:Id";

    public string Id { get; } = id;

    public static InstanceIdentity From(string? configured) =>
        new(string.IsNullOrWhiteSpace(configured) ? $"{Environment.MachineName}-{Environment.ProcessId}" : configured.Trim());
}
