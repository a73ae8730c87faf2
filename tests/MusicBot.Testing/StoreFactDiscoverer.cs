using Xunit.Abstractions;
using Xunit.Sdk;

namespace MusicBot.Testing;

/// <summary>Discovers <see cref="StoreFactAttribute"/> facts: skipped on PostgreSQL without a server, plain facts otherwise.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var testClass = testMethod.TestClass.Class.ToRuntimeType();
        if (typeof(IClassFixture<PostgresStoreFixture>).IsAssignableFrom(testClass) && PostgresTestServer.ShouldSkip)
        {
            return
            [
                new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, PostgresTestServer.SkipReason),
            ];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
