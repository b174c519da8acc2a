"""blocks/highlight.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = 'f497891c83262422c904d12bc77f2b21'
JINJA = '3.1.6'
MACROS = (('topic_1', ('c',)), ('topic_2', ('c',)), ('topic_3', ('c',)), ('topic_4', ('c',)), ('topic_5', ('c',)), ('topic_6', ('c',)), ('kindness_1', ('c',)), ('kindness_2', ('c',)), ('kindness_3', ('c',)), ('kindness_4', ('c',)), ('meeting_1', ('c', 'x')), ('meeting_2', ('c', 'x')), ('meeting_3', ('c', 'x')), ('meeting_4', ('c', 'x')), ('meeting__1', ('c',)), ('meeting__2', ('c',)), ('meeting__3', ('c',)), ('meeting__4', ('c',)), ('colleague_1', ('c',)), ('colleague_2', ('c',)), ('colleague_3', ('c',)), ('company_1', ('c',)), ('company_2', ('c',)), ('company_3', ('c',)), ('light_1', ('c',)), ('light_2', ('c',)), ('light_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/highlight.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_topic_1 = l_0_topic_2 = l_0_topic_3 = l_0_topic_4 = l_0_topic_5 = l_0_topic_6 = l_0_kindness_1 = l_0_kindness_2 = l_0_kindness_3 = l_0_kindness_4 = l_0_meeting_1 = l_0_meeting_2 = l_0_meeting_3 = l_0_meeting_4 = l_0_meeting__1 = l_0_meeting__2 = l_0_meeting__3 = l_0_meeting__4 = l_0_colleague_1 = l_0_colleague_2 = l_0_colleague_3 = l_0_company_1 = l_0_company_2 = l_0_company_3 = l_0_light_1 = l_0_light_2 = l_0_light_3 = missing
        pass
        def macro(l_1_c):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I especially enjoyed our conversation about %(topic)s.', topic=environment.getattr(l_1_c, 'topic'))),
            )
            return concat(t_1)
        context.exported_vars.add('topic_1')
        context.vars['topic_1'] = l_0_topic_1 = Macro(environment, macro, 'topic_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Our discussion of %(topic)s has stayed with me since we spoke.', topic=environment.getattr(l_1_c, 'topic'))),
            )
            return concat(t_2)
        context.exported_vars.add('topic_2')
        context.vars['topic_2'] = l_0_topic_2 = Macro(environment, macro, 'topic_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I learned a lot from what you shared about %(topic)s.', topic=environment.getattr(l_1_c, 'topic'))),
            )
            return concat(t_3)
        context.exported_vars.add('topic_3')
        context.vars['topic_3'] = l_0_topic_3 = Macro(environment, macro, 'topic_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Talking with you about %(topic)s was a highlight of the whole process for me.', topic=environment.getattr(l_1_c, 'topic'))),
            )
            return concat(t_4)
        context.exported_vars.add('topic_4')
        context.vars['topic_4'] = l_0_topic_4 = Macro(environment, macro, 'topic_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I came away with a lot to think about from our exchange on %(topic)s.', topic=environment.getattr(l_1_c, 'topic'))),
            )
            return concat(t_5)
        context.exported_vars.add('topic_5')
        context.vars['topic_5'] = l_0_topic_5 = Macro(environment, macro, 'topic_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I keep coming back to what you said about %(topic)s.', topic=environment.getattr(l_1_c, 'topic'))),
            )
            return concat(t_6)
        context.exported_vars.add('topic_6')
        context.vars['topic_6'] = l_0_topic_6 = Macro(environment, macro, 'topic_6', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I also wanted to thank you for %(act)s; it made a real difference.', act=environment.getattr(l_1_c, 'kindness'))),
            )
            return concat(t_7)
        context.exported_vars.add('kindness_1')
        context.vars['kindness_1'] = l_0_kindness_1 = Macro(environment, macro, 'kindness_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you, too, for %(act)s; it meant a lot.', act=environment.getattr(l_1_c, 'kindness'))),
            )
            return concat(t_8)
        context.exported_vars.add('kindness_2')
        context.vars['kindness_2'] = l_0_kindness_2 = Macro(environment, macro, 'kindness_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I also remember %(act)s — thank you for that.', act=environment.getattr(l_1_c, 'kindness'))),
            )
            return concat(t_9)
        context.exported_vars.add('kindness_3')
        context.vars['kindness_3'] = l_0_kindness_3 = Macro(environment, macro, 'kindness_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_10.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm also grateful for %(act)s.", act=environment.getattr(l_1_c, 'kindness'))),
            )
            return concat(t_10)
        context.exported_vars.add('kindness_4')
        context.vars['kindness_4'] = l_0_kindness_4 = Macro(environment, macro, 'kindness_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_x):
            t_11 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            if (environment.getattr(l_1_c, 'medium') == 'on_site'):
                pass
                t_11.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It was a pleasure to meet you and to hear %(x)s.', x=l_1_x)),
                )
            else:
                pass
                t_11.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It was a pleasure to talk with you and to hear %(x)s.', x=l_1_x)),
                )
            return concat(t_11)
        context.exported_vars.add('meeting_1')
        context.vars['meeting_1'] = l_0_meeting_1 = Macro(environment, macro, 'meeting_1', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I enjoyed hearing %(x)s.', x=l_1_x)),
            )
            return concat(t_12)
        context.exported_vars.add('meeting_2')
        context.vars['meeting_2'] = l_0_meeting_2 = Macro(environment, macro, 'meeting_2', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_13 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_13.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I valued the chance to hear first-hand %(x)s.', x=l_1_x)),
            )
            return concat(t_13)
        context.exported_vars.add('meeting_3')
        context.vars['meeting_3'] = l_0_meeting_3 = Macro(environment, macro, 'meeting_3', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_14 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_14.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Our conversation gave me a real sense of %(x)s.', x=l_1_x)),
            )
            return concat(t_14)
        context.exported_vars.add('meeting_4')
        context.vars['meeting_4'] = l_0_meeting_4 = Macro(environment, macro, 'meeting_4', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_15 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if environment.getattr(l_1_c, 'team'):
                pass
                t_15.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('how the %(team)s team works', team=environment.getattr(l_1_c, 'team'))),
                )
            else:
                pass
                t_15.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('how your team at %(company)s works', company=environment.getattr(l_1_c, 'company'))),
                )
            return concat(t_15)
        context.exported_vars.add('meeting__1')
        context.vars['meeting__1'] = l_0_meeting__1 = Macro(environment, macro, 'meeting__1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_16 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_16.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('what the team is working towards')),
            )
            return concat(t_16)
        context.exported_vars.add('meeting__2')
        context.vars['meeting__2'] = l_0_meeting__2 = Macro(environment, macro, 'meeting__2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_17 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_17.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('how you and your colleagues approach the work')),
            )
            return concat(t_17)
        context.exported_vars.add('meeting__3')
        context.vars['meeting__3'] = l_0_meeting__3 = Macro(environment, macro, 'meeting__3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_18 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_18.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('where the role fits into the bigger picture')),
            )
            return concat(t_18)
        context.exported_vars.add('meeting__4')
        context.vars['meeting__4'] = l_0_meeting__4 = Macro(environment, macro, 'meeting__4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_19 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_19.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I learned a lot from our conversations during the process, and I'm glad we'll keep working together.")),
            )
            return concat(t_19)
        context.exported_vars.add('colleague_1')
        context.vars['colleague_1'] = l_0_colleague_1 = Macro(environment, macro, 'colleague_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_20 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_20.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Seeing the role from your side gave me a clearer picture of where I can grow.')),
            )
            return concat(t_20)
        context.exported_vars.add('colleague_2')
        context.vars['colleague_2'] = l_0_colleague_2 = Macro(environment, macro, 'colleague_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_21 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_21.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("The process taught me a lot about the team's priorities, and I'll put that to use in my work.")),
            )
            return concat(t_21)
        context.exported_vars.add('colleague_3')
        context.vars['colleague_3'] = l_0_colleague_3 = Macro(environment, macro, 'colleague_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_22 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_22.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('What I saw during the process left me with great respect for %(company)s.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_22)
        context.exported_vars.add('company_1')
        context.vars['company_1'] = l_0_company_1 = Macro(environment, macro, 'company_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_23 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_23.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('The people I met at %(company)s made a strong impression on me.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_23)
        context.exported_vars.add('company_2')
        context.vars['company_2'] = l_0_company_2 = Macro(environment, macro, 'company_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_24 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_24.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I came away with a very good impression of %(company)s.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_24)
        context.exported_vars.add('company_3')
        context.vars['company_3'] = l_0_company_3 = Macro(environment, macro, 'company_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_25 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_25.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I still smile when I think of our chat about %(topic)s.', topic=environment.getattr(l_1_c, 'topic'))),
            )
            return concat(t_25)
        context.exported_vars.add('light_1')
        context.vars['light_1'] = l_0_light_1 = Macro(environment, macro, 'light_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_26 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_26.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I enjoyed our little chats about %(topic)s.', topic=environment.getattr(l_1_c, 'topic'))),
            )
            return concat(t_26)
        context.exported_vars.add('light_2')
        context.vars['light_2'] = l_0_light_2 = Macro(environment, macro, 'light_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_27 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_27.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thanks, too, for the laughs about %(topic)s.', topic=environment.getattr(l_1_c, 'topic'))),
            )
            return concat(t_27)
        context.exported_vars.add('light_3')
        context.vars['light_3'] = l_0_light_3 = Macro(environment, macro, 'light_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '7=12&8=24&9=36&10=48&11=60&12=72&14=85&15=97&16=109&17=121&19=134&20=155&21=169&22=183&23=197&24=216&25=228&26=240&28=253&29=265&30=277&32=290&33=302&34=314&36=327&37=339&38=351'
    return locals()
