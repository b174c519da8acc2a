"""blocks/acknowledgement.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = 'e8ad4bcc02baf36119305c56435c8283'
JINJA = '3.1.6'
MACROS = (('point_1', ('c',)), ('point_2', ('c',)), ('point_3', ('c',)), ('point_4', ('c',)), ('feedback_1', ('c',)), ('feedback_2', ('c',)), ('feedback_3', ('c',)), ('feedback_4', ('c',)), ('hired_1', ('c',)), ('hired_2', ('c',)), ('hired_3', ('c',)), ('hired_4', ('c',)), ('internal_1', ('c',)), ('internal_2', ('c',)), ('internal_3', ('c',)), ('finalist_1', ('c',)), ('finalist_2', ('c',)), ('finalist_3', ('c',)), ('finalist_4', ('c',)), ('finalist_5', ('c',)), ('decision_1', ('c',)), ('decision_2', ('c',)), ('decision_3', ('c',)), ('decision_4', ('c',)), ('process_1', ('c',)), ('process_2', ('c',)), ('process_3', ('c',)), ('agency_1', ('c',)), ('agency_2', ('c',)), ('agency_3', ('c',)), ('application_1', ('c',)), ('application_2', ('c',)), ('application_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/acknowledgement.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_point_1 = l_0_point_2 = l_0_point_3 = l_0_point_4 = l_0_feedback_1 = l_0_feedback_2 = l_0_feedback_3 = l_0_feedback_4 = l_0_hired_1 = l_0_hired_2 = l_0_hired_3 = l_0_hired_4 = l_0_internal_1 = l_0_internal_2 = l_0_internal_3 = l_0_finalist_1 = l_0_finalist_2 = l_0_finalist_3 = l_0_finalist_4 = l_0_finalist_5 = l_0_decision_1 = l_0_decision_2 = l_0_decision_3 = l_0_decision_4 = l_0_process_1 = l_0_process_2 = l_0_process_3 = l_0_agency_1 = l_0_agency_2 = l_0_agency_3 = l_0_application_1 = l_0_application_2 = l_0_application_3 = missing
        pass
        def macro(l_1_c):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you also for pointing out what would have made the difference: %(point)s. It gives me something concrete to work on.', point=environment.getattr(l_1_c, 'feedback_point'))),
            )
            return concat(t_1)
        context.exported_vars.add('point_1')
        context.vars['point_1'] = l_0_point_1 = Macro(environment, macro, 'point_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Your feedback was really helpful, and I'll be focusing next on %(point)s.", point=environment.getattr(l_1_c, 'feedback_point'))),
            )
            return concat(t_2)
        context.exported_vars.add('point_2')
        context.vars['point_2'] = l_0_point_2 = Macro(environment, macro, 'point_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm grateful you told me plainly what was missing: %(point)s. That is something I can act on.", point=environment.getattr(l_1_c, 'feedback_point'))),
            )
            return concat(t_3)
        context.exported_vars.add('point_3')
        context.vars['point_3'] = l_0_point_3 = Macro(environment, macro, 'point_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Your comments show me where to focus next: %(point)s.', point=environment.getattr(l_1_c, 'feedback_point'))),
            )
            return concat(t_4)
        context.exported_vars.add('point_4')
        context.vars['point_4'] = l_0_point_4 = Macro(environment, macro, 'point_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I also appreciate the feedback you shared; it gives me something concrete to work on.')),
            )
            return concat(t_5)
        context.exported_vars.add('feedback_1')
        context.vars['feedback_1'] = l_0_feedback_1 = Macro(environment, macro, 'feedback_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you as well for your candid feedback, which I will take to heart.')),
            )
            return concat(t_6)
        context.exported_vars.add('feedback_2')
        context.vars['feedback_2'] = l_0_feedback_2 = Macro(environment, macro, 'feedback_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("The feedback you passed on is genuinely useful, and I'm grateful you took the time to share it.")),
            )
            return concat(t_7)
        context.exported_vars.add('feedback_3')
        context.vars['feedback_3'] = l_0_feedback_3 = Macro(environment, macro, 'feedback_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm grateful for your honest feedback and will put it to good use.")),
            )
            return concat(t_8)
        context.exported_vars.add('feedback_4')
        context.vars['feedback_4'] = l_0_feedback_4 = Macro(environment, macro, 'feedback_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm genuinely glad for %(name)s, and I look forward to continuing to work with you.", name=environment.getattr(l_1_c, 'hired'))),
            )
            return concat(t_9)
        context.exported_vars.add('hired_1')
        context.vars['hired_1'] = l_0_hired_1 = Macro(environment, macro, 'hired_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_10.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm genuinely happy for %(name)s; the new role is well deserved.", name=environment.getattr(l_1_c, 'hired'))),
            )
            return concat(t_10)
        context.exported_vars.add('hired_2')
        context.vars['hired_2'] = l_0_hired_2 = Macro(environment, macro, 'hired_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_11 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_11.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I understand the decision, and I'll gladly support %(name)s in the new role.", name=environment.getattr(l_1_c, 'hired'))),
            )
            return concat(t_11)
        context.exported_vars.add('hired_3')
        context.vars['hired_3'] = l_0_hired_3 = Macro(environment, macro, 'hired_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("While I'm a little disappointed, I'm pleased for %(name)s and glad to keep working with the team.", name=environment.getattr(l_1_c, 'hired'))),
            )
            return concat(t_12)
        context.exported_vars.add('hired_4')
        context.vars['hired_4'] = l_0_hired_4 = Macro(environment, macro, 'hired_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_13 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_13.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I understand the decision, and I'm glad the role went to someone who already knows the team so well; please pass on my congratulations.")),
            )
            return concat(t_13)
        context.exported_vars.add('internal_1')
        context.vars['internal_1'] = l_0_internal_1 = Macro(environment, macro, 'internal_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_14 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_14.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Please pass my congratulations to the colleague who was chosen; I wish them every success in the role.')),
            )
            return concat(t_14)
        context.exported_vars.add('internal_2')
        context.vars['internal_2'] = l_0_internal_2 = Macro(environment, macro, 'internal_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_15 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_15.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("While I'm disappointed, I understand the decision, and I'm happy for the colleague who will take on the role.")),
            )
            return concat(t_15)
        context.exported_vars.add('internal_3')
        context.vars['internal_3'] = l_0_internal_3 = Macro(environment, macro, 'internal_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_16 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_16.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Although I'm disappointed not to be joining you, I'm glad to have made it to the final round, and I understand the decision.")),
            )
            return concat(t_16)
        context.exported_vars.add('finalist_1')
        context.vars['finalist_1'] = l_0_finalist_1 = Macro(environment, macro, 'finalist_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_17 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_17.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Of course I'm a little disappointed, but I respect your decision and I'm glad to have been among the finalists.")),
            )
            return concat(t_17)
        context.exported_vars.add('finalist_2')
        context.vars['finalist_2'] = l_0_finalist_2 = Macro(environment, macro, 'finalist_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_18 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_18.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm disappointed, naturally, but I understand the decision, and I'm glad I made it to the final stage.")),
            )
            return concat(t_18)
        context.exported_vars.add('finalist_3')
        context.vars['finalist_3'] = l_0_finalist_3 = Macro(environment, macro, 'finalist_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_19 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_19.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("While the news isn't what I had hoped for, I understand the decision, and I'm grateful for the experience.")),
            )
            return concat(t_19)
        context.exported_vars.add('finalist_4')
        context.vars['finalist_4'] = l_0_finalist_4 = Macro(environment, macro, 'finalist_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_20 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_20.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm disappointed not to be joining the team, but I fully understand the choice you made.")),
            )
            return concat(t_20)
        context.exported_vars.add('finalist_5')
        context.vars['finalist_5'] = l_0_finalist_5 = Macro(environment, macro, 'finalist_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_21 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_21.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("While I'm disappointed, I understand and respect your decision.")),
            )
            return concat(t_21)
        context.exported_vars.add('decision_1')
        context.vars['decision_1'] = l_0_decision_1 = Macro(environment, macro, 'decision_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_22 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_22.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('The news is disappointing, of course, but I understand the decision.')),
            )
            return concat(t_22)
        context.exported_vars.add('decision_2')
        context.vars['decision_2'] = l_0_decision_2 = Macro(environment, macro, 'decision_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_23 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_23.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm disappointed not to be moving forward, but I'm glad I had the chance to be considered.")),
            )
            return concat(t_23)
        context.exported_vars.add('decision_3')
        context.vars['decision_3'] = l_0_decision_3 = Macro(environment, macro, 'decision_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_24 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_24.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I respect your decision, even though I had hoped for a different outcome.')),
            )
            return concat(t_24)
        context.exported_vars.add('decision_4')
        context.vars['decision_4'] = l_0_decision_4 = Macro(environment, macro, 'decision_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_25 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_25.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Of course I'm disappointed, but I appreciated how smoothly you ran the process.")),
            )
            return concat(t_25)
        context.exported_vars.add('process_1')
        context.vars['process_1'] = l_0_process_1 = Macro(environment, macro, 'process_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_26 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_26.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("The news wasn't what I hoped for, but you kept me well informed at every step, and that made a difference.")),
            )
            return concat(t_26)
        context.exported_vars.add('process_2')
        context.vars['process_2'] = l_0_process_2 = Macro(environment, macro, 'process_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_27 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_27.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm a little disappointed, naturally, but I valued your clear and friendly communication throughout.")),
            )
            return concat(t_27)
        context.exported_vars.add('process_3')
        context.vars['process_3'] = l_0_process_3 = Macro(environment, macro, 'process_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_28 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_28.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm disappointed it didn't work out with %(company)s, but I'm grateful for how well you represented me.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_28)
        context.exported_vars.add('agency_1')
        context.vars['agency_1'] = l_0_agency_1 = Macro(environment, macro, 'agency_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_29 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_29.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("It's a shame this one didn't work out, but I appreciated your preparation and your advocacy throughout.")),
            )
            return concat(t_29)
        context.exported_vars.add('agency_2')
        context.vars['agency_2'] = l_0_agency_2 = Macro(environment, macro, 'agency_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_30 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_30.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Although this one didn't work out, I valued your advice at every stage.")),
            )
            return concat(t_30)
        context.exported_vars.add('agency_3')
        context.vars['agency_3'] = l_0_agency_3 = Macro(environment, macro, 'agency_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_31 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_31.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I understand the decision and appreciate that you considered my application.')),
            )
            return concat(t_31)
        context.exported_vars.add('application_1')
        context.vars['application_1'] = l_0_application_1 = Macro(environment, macro, 'application_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_32 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_32.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for considering my application; I understand the decision.')),
            )
            return concat(t_32)
        context.exported_vars.add('application_2')
        context.vars['application_2'] = l_0_application_2 = Macro(environment, macro, 'application_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_33 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_33.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I understand, and I appreciate the time you took over my application.')),
            )
            return concat(t_33)
        context.exported_vars.add('application_3')
        context.vars['application_3'] = l_0_application_3 = Macro(environment, macro, 'application_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '9=12&10=24&11=36&12=48&14=61&15=73&16=85&17=97&19=110&20=122&21=134&22=146&24=159&25=171&26=183&28=196&29=208&30=220&31=232&32=244&34=257&35=269&36=281&37=293&39=306&40=318&41=330&43=343&44=355&45=367&47=380&48=392&49=404'
    return locals()
