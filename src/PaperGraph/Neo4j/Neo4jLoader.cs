using PaperGraph.Export.Neo4j;

namespace PaperGraph.Neo4j;

/// <summary>How far a load is: statements and rows done of the total.</summary>
public readonly record struct LoadProgress(string Step, long RowsDone, long RowsTotal, int BatchesDone, int BatchesTotal);

/// <summary>What a load did: the summed counters and how many batches it sent.</summary>
public sealed record LoadSummary(QueryCounters Counters, int Statements, int Batches, long Rows, TimeSpan Elapsed);

/// <summary>
/// Sends a <see cref="LoadPlan"/> to Neo4j through an <see cref="IQueryRunner"/>: constraints, then nodes, then
/// relationships, one batch at a time by a single writer (parallel relationship writes deadlock). Re-running a
/// plan creates nothing: the counters say so.
/// </summary>
public sealed class Neo4jLoader(IQueryRunner runner)
{
    private readonly IQueryRunner _runner = runner ?? throw new ArgumentNullException(nameof(runner));

    /// <exception cref="Neo4jException">The server refused a statement (the load stops there; what was sent stays).</exception>
    public async Task<LoadSummary> LoadAsync(LoadPlan plan, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long rowsTotal = plan.Statements.Sum(s => (long)s.RowCount);
        int batchesTotal = plan.Statements.Sum(s => s.Batches.Length);
        long rowsDone = 0;
        int batchesDone = 0;
        var counters = QueryCounters.Zero;
        foreach (var s in plan.Statements)
        {
            foreach (var batch in s.Batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = s.Phase == LoadPhase.Constraints
                    ? await _runner.RunAsync(s.Text, null, cancellationToken).ConfigureAwait(false)
                    : await _runner.RunAsync(s.Text, json => LoadPlanJson.WriteParameters(json, s, batch), cancellationToken).ConfigureAwait(false);
                counters = counters.Add(result.Counters);
                rowsDone += batch.Length;
                batchesDone++;
                progress?.Report(new LoadProgress(s.Description, rowsDone, rowsTotal, batchesDone, batchesTotal));
            }
        }
        return new LoadSummary(counters, plan.Statements.Length, batchesDone, rowsDone, watch.Elapsed);
    }
}
