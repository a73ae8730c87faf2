using Xunit.Sdk;

namespace MusicBot.Testing;

/// <summary>
/// A fact of a test class that runs on a store: on PostgreSQL (the class has a <see cref="PostgresStoreFixture"/>) it
/// is skipped with <see cref="PostgresTestServer.SkipReason"/> when no server is configured, except in CI, where it runs
/// and fails. The skip has to be decided per class: the same fact of a shared contract class runs on SQLite too.
/// </summary>
[XunitTestCaseDiscoverer("MusicBot.Testing.StoreFactDiscoverer", "MusicBot.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
