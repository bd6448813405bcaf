package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Shard plan: STACKBOT_SHARDS_TOTAL and STACKBOT_SHARDS as users write them")
final class ShardPlanTest {

    @Test
    @DisplayName("nothing set: every shard, as many as Discord recommends")
    void defaults() {
        ShardPlan plan = ShardPlan.parse(null, " ");
        assertThat(plan).isEqualTo(ShardPlan.ALL);
        assertThat(plan.total()).isEqualTo(ShardPlan.RECOMMENDED);
        assertThat(plan.idsOf(3)).containsExactly(0, 1, 2);
    }

    @Test
    @DisplayName("ranges, lists, single ids and mixes, with spaces, overlaps and repeats, give the ids in order once each")
    void idForms() {
        assertThat(ShardPlan.parse("8", "0-3").ids()).containsExactly(0, 1, 2, 3);
        assertThat(ShardPlan.parse("8", "0,2").ids()).containsExactly(0, 2);
        assertThat(ShardPlan.parse("8", "5").ids()).containsExactly(5);
        assertThat(ShardPlan.parse(" 8 ", " 6 , 0 - 1, 1,4 ").ids()).containsExactly(0, 1, 4, 6);
        assertThat(ShardPlan.parse("8", "2-3").idsOf(8)).containsExactly(2, 3);
        assertThat(ShardPlan.parse("4", "").idsOf(4)).containsExactly(0, 1, 2, 3);
    }

    @Test
    @DisplayName("each bad value is refused with a message that names the setting and says what was expected")
    void errors() {
        assertThatThrownBy(() -> ShardPlan.parse("-2", "")).hasMessage(
                "STACKBOT_SHARDS_TOTAL: '-2' is not a whole number of shards, 1 or more");
        assertThatThrownBy(() -> ShardPlan.parse("0", "")).hasMessage("STACKBOT_SHARDS_TOTAL: '0' must be 1 or more");
        assertThatThrownBy(() -> ShardPlan.parse("", "0-1")).hasMessageStartingWith(
                "STACKBOT_SHARDS needs STACKBOT_SHARDS_TOTAL");
        assertThatThrownBy(() -> ShardPlan.parse("4", "4")).hasMessage(
                "STACKBOT_SHARDS: there is no shard 4 when STACKBOT_SHARDS_TOTAL is 4 (ids run from 0 to 3)");
        assertThatThrownBy(() -> ShardPlan.parse("4", "3-1")).hasMessage(
                "STACKBOT_SHARDS: the range '3-1' runs backwards (write 1-3)");
        assertThatThrownBy(() -> ShardPlan.parse("4", "-1")).hasMessage(
                "STACKBOT_SHARDS: '-1' is not a shard id or a range of them (e.g. 0-3)");
        assertThatThrownBy(() -> ShardPlan.parse("4", "0-x")).hasMessage(
                "STACKBOT_SHARDS: '0-x' is not a range of shard ids (e.g. 0-3)");
        assertThatThrownBy(() -> ShardPlan.parse("4", " , ")).hasMessage(
                "STACKBOT_SHARDS: ',' names no shard (e.g. 0-3 or 0,2)");
    }

    @Test
    @DisplayName("a process is named by its shards, in the form STACKBOT_SHARDS takes")
    void names() {
        assertThat(ShardPlan.describe(List.of(0))).isEqualTo("shard 0");
        assertThat(ShardPlan.describe(List.of(0, 1))).isEqualTo("shards 0-1");
        assertThat(ShardPlan.describe(List.of(2, 0))).isEqualTo("shards 0,2");
        assertThat(ShardPlan.describe(List.of(0, 1, 2, 3))).isEqualTo("shards 0-3");
        assertThat(ShardPlan.describe(List.of(4, 0, 1, 7, 8))).isEqualTo("shards 0-1,4,7-8");
        ShardPlan named = ShardPlan.parse("9", ShardPlan.describe(List.of(4, 0, 1, 7, 8)).substring("shards ".length()));
        assertThat(named.ids()).containsExactly(0, 1, 4, 7, 8);
    }
}
