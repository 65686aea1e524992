package org.coop.matchmaking.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.coop.matchmaking.matching.domain.MatchEngine;
import org.coop.matchmaking.matching.domain.NeedProfile;
import org.coop.matchmaking.matching.domain.PartnerProfile;
import org.coop.matchmaking.matching.domain.ScoredMatch;

/**
 * Apache Lucene Monitor as the retrieval step: each subscription's hard rules become a stored
 * query (any-of modes AND any-of sectors AND any-of countries; an open criterion matches all; the
 * partner kind is checked after retrieval), each need a one-document index whose sector field
 * carries the need's sectors with their ancestors and descendants. The multipass presearcher
 * prunes the stored queries; the engine then scores what Lucene returns, as after its own index.
 */
public final class LuceneMonitorBaseline implements Baseline {

    private Monitor monitor;
    private MatchEngine engine;
    private final Map<String, MatchEngine.PreparedPartner> byId = new HashMap<>();

    @Override
    public String name() {
        return "lucene-monitor (multipass presearcher, 2 passes)";
    }

    @Override
    public void register(List<PartnerProfile> subscriptions, MatchEngine engine) throws IOException {
        this.engine = engine;
        this.monitor = new Monitor(new StandardAnalyzer(), new MultipassTermFilteredPresearcher(2));
        List<MonitorQuery> queries = new ArrayList<>(subscriptions.size());
        for (PartnerProfile subscription : subscriptions) {
            queries.add(new MonitorQuery(subscription.id(), query(subscription)));
            byId.put(subscription.id(), engine.prepare(subscription));
        }
        monitor.register(queries);
    }

    @Override
    public List<ScoredMatch> match(NeedProfile need) throws IOException {
        Document document = new Document();
        need.modes().forEach(m -> document.add(new StringField("mode", m, Field.Store.NO)));
        need.sectors().forEach(s -> engine.sectors().related(s)
                .forEach(r -> document.add(new StringField("sector", r, Field.Store.NO))));
        need.countries().forEach(c -> document.add(new StringField("country", c, Field.Store.NO)));
        MatchingQueries<QueryMatch> matches = monitor.match(document, QueryMatch.SIMPLE_MATCHER);
        MatchEngine.PreparedNeed prepared = engine.prepare(need);
        List<ScoredMatch> scored = new ArrayList<>();
        for (QueryMatch match : matches.getMatches()) {
            MatchEngine.PreparedPartner partner = byId.get(match.getQueryId());
            if (!need.partnerKinds().contains(partner.profile().kind())) {
                continue;
            }
            ScoredMatch result = engine.score(prepared, partner);
            if (result != null) {
                scored.add(result);
            }
        }
        scored.sort(ScoredMatch::byScoreThenId);
        return scored;
    }

    private static Query query(PartnerProfile subscription) {
        // The partner kind splits the subscriptions only 70/30: as a clause it would be the presearcher's
        // worst choice, so it is checked after retrieval (as cheaply as the engine checks it).
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        anyOf(all, "mode", subscription.modes());
        anyOf(all, "sector", subscription.sectors());
        anyOf(all, "country", subscription.countries());
        return all.build();
    }

    private static void anyOf(BooleanQuery.Builder all, String field, Set<String> values) {
        if (values.isEmpty()) {
            all.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        all.add(any.build(), BooleanClause.Occur.FILTER);
    }

    @Override
    public void close() throws IOException {
        if (monitor != null) {
            monitor.close();
        }
    }
}
